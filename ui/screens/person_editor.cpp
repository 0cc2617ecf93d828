#include "screens/person_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/company_picker.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QLineEdit>

namespace clusterdesk::ui {

PersonEditor::PersonEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("person"), parent) {
    RecordForm* f = form();
    m_name = f->addLine(QStringLiteral("name"), tr("&Name"));
    m_email = f->addLine(QStringLiteral("email"), tr("&Email"), tr("name@example.ro"));
    m_phone = f->addLine(QStringLiteral("phone"), tr("&Phone"));
    m_jobTitle = f->addLine(QStringLiteral("job_title"), tr("&Job title"));
    f->addSection(tr("Works for"));
    m_employerKind = f->addCombo(QStringLiteral("employer_kind"), tr("&Employer"));
    for (const auto& [value, code] : EnumNames<EmployerKind>::values)
        m_employerKind->addItem(employerKindName(std::string(code)),
                                QString::fromUtf8(code.data(), code.size()));
    m_employerCompany = new CompanyPicker(session, this);
    f->addRow(QStringLiteral("employer_company_id"), tr("Compan&y"), m_employerCompany);
    m_employerCluster = f->addCombo(QStringLiteral("employer_cluster_id"), tr("C&luster"));
    fillCombo(m_employerCluster, CatalogueQuery(session.database()).clusters(), tr("(choose)"));
    m_employerName = f->addLine(QStringLiteral("employer_name"), tr("Organisation"));
    f->addSection(tr("Staff"));
    m_staffRole = f->addCombo(QStringLiteral("staff_role"), tr("&Role"));
    for (const auto& [value, code] : EnumNames<StaffRole>::values)
        m_staffRole->addItem(staffRoleName(std::string(code)), QString::fromUtf8(code.data(), code.size()));
    m_dayRate = f->addNumber(QStringLiteral("day_rate_eur"), tr("Day &rate (EUR)"));
    f->addSection(tr("Consent to keep the data (GDPR)"));
    m_consentOn = f->addDate(QStringLiteral("consent_given_on"), tr("Given &on"));
    m_consentPurpose =
        f->addLine(QStringLiteral("consent_purpose"), tr("P&urpose"), tr("e.g. cluster newsletters"));
    m_consentSource =
        f->addLine(QStringLiteral("consent_source"), tr("&How"), tr("e.g. signed form at the seminar"));
    connect(m_employerKind, &QComboBox::activated, this, &PersonEditor::showEmployerFields);
    connect(m_employerCompany, &QLineEdit::textEdited, this, &PersonEditor::markEdited);
    connect(m_employerCompany, &CompanyPicker::companyChosen, this, &PersonEditor::markEdited);
    showEmployerFields();
}

void PersonEditor::showEmployerFields() {
    std::string kind = m_employerKind->currentData().toString().toStdString();
    form()->setFieldVisible(QStringLiteral("employer_company_id"), kind == "company");
    form()->setFieldVisible(QStringLiteral("employer_cluster_id"), kind == "cluster");
    form()->setFieldVisible(QStringLiteral("employer_name"), kind == "consultancy");
}

void PersonEditor::loadRecord(const std::string& id) {
    Person p = session().repository().people().get(id);
    m_stored = p;
    m_name->setText(QString::fromStdString(p.name));
    m_email->setText(QString::fromStdString(p.email));
    m_phone->setText(QString::fromStdString(p.phone));
    m_jobTitle->setText(QString::fromStdString(p.jobTitle));
    selectCode(m_employerKind, toCode(p.employerKind));
    m_employerCompany->setCompany(
        QString::fromStdString(p.employerCompanyId),
        QString::fromStdString(CatalogueQuery(session().database()).companyName(p.employerCompanyId)));
    selectCode(m_employerCluster, p.employerClusterId);
    m_employerName->setText(QString::fromStdString(p.employerName));
    selectCode(m_staffRole, toCode(p.staffRole));
    m_dayRate->setText(toText(p.dayRateEur));
    m_consentOn->setText(toText(p.consentGivenOn));
    m_consentPurpose->setText(QString::fromStdString(p.consentPurpose));
    m_consentSource->setText(QString::fromStdString(p.consentSource));
    showEmployerFields();
}

void PersonEditor::clearForNew() {
    m_stored.reset();
    for (QLineEdit* edit : {m_name, m_email, m_phone, m_jobTitle, m_employerName, m_dayRate, m_consentOn,
                            m_consentPurpose, m_consentSource})
        edit->clear();
    m_employerCompany->clearCompany();
    m_employerKind->setCurrentIndex(0);
    m_employerCluster->setCurrentIndex(0);
    m_staffRole->setCurrentIndex(0);
    showEmployerFields();
}

Person PersonEditor::collect(FieldReader& reader) const {
    Person p = m_stored.value_or(Person{});
    p.name = reader.text(m_name);
    p.email = reader.text(m_email);
    p.phone = reader.text(m_phone);
    p.jobTitle = reader.text(m_jobTitle);
    p.employerKind = fromCode<EmployerKind>(reader.code(m_employerKind)).value_or(EmployerKind::None);
    // Only the employer field of the chosen kind is kept.
    p.employerCompanyId =
        p.employerKind == EmployerKind::Company ? m_employerCompany->companyId().toStdString() : "";
    p.employerClusterId = p.employerKind == EmployerKind::Cluster ? reader.code(m_employerCluster) : "";
    p.employerName = p.employerKind == EmployerKind::Consultancy ? reader.text(m_employerName) : "";
    p.staffRole = fromCode<StaffRole>(reader.code(m_staffRole)).value_or(StaffRole::None);
    p.dayRateEur = reader.number(m_dayRate, "day_rate_eur");
    p.consentGivenOn = reader.date(m_consentOn, "consent_given_on");
    p.consentPurpose = reader.text(m_consentPurpose);
    p.consentSource = reader.text(m_consentSource);
    return p;
}

std::vector<FieldError> PersonEditor::problems() {
    FieldReader reader;
    Person p = collect(reader);
    return reader.merged(validate(p));
}

std::unique_ptr<RepositoryCommand> PersonEditor::saveCommand() {
    FieldReader reader;
    Person p = collect(reader);
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit person “%1”").arg(QString::fromStdString(p.name))
                            : tr("Create person “%1”").arg(QString::fromStdString(p.name)));
    command->save(m_stored, p);
    return command;
}

QString PersonEditor::heading() const {
    return m_stored ? QString::fromStdString(m_stored->name) : tr("New person");
}

} // namespace clusterdesk::ui
