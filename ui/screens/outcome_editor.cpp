#include "screens/outcome_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/company_picker.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace clusterdesk::ui {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

OutcomeEditor::OutcomeEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("agreement"), parent) {
    alsoEdits(QStringLiteral("funding_application"));
    alsoEdits(QStringLiteral("certification"));
    CatalogueQuery catalogue(session.database());
    RecordForm* f = form();
    m_kind = f->addCombo(QStringLiteral("outcome_kind"), tr("O&utcome"));
    m_kind->addItem(outcomeKindName("agreement"), static_cast<int>(Kind::Agreement));
    m_kind->addItem(outcomeKindName("funding"), static_cast<int>(Kind::Funding));
    m_kind->addItem(outcomeKindName("certification"), static_cast<int>(Kind::Certification));
    m_cluster = f->addCombo(QStringLiteral("cluster_id"), tr("C&luster"));
    fillCombo(m_cluster, catalogue.clusters(), tr("(choose)"));
    m_title = f->addLine(QStringLiteral("title"), tr("&Title"));
    m_name = f->addLine(QStringLiteral("name"), tr("&Certification"), tr("e.g. ISO 9001, CE marking"));
    m_agreementKind = f->addLine(QStringLiteral("kind"), tr("&Kind"), tr("e.g. commercial, research"));
    m_company = new CompanyPicker(session, this);
    f->addRow(QStringLiteral("company_id"), tr("Com&pany"), m_company);
    m_instrument = f->addCombo(QStringLiteral("instrument_code"), tr("&Instrument"));
    std::vector<CatalogueEntry> instruments;
    for (const auto& i : catalogue.instruments())
        instruments.push_back({i.code, i.name});
    fillCombo(m_instrument, instruments, tr("(choose)"));
    m_amount = f->addNumber(QStringLiteral("amount_eur"), tr("&Amount (EUR)"));
    m_status = f->addCombo(QStringLiteral("status"), tr("&Status"));
    for (const auto& [value, code] : EnumNames<FundingStatus>::values)
        m_status->addItem(fundingStatusName(std::string(code)), QString::fromUtf8(code.data(), code.size()));
    m_date = f->addDate(QStringLiteral("date"), tr("Si&gned on"));
    m_submittedOn = f->addDate(QStringLiteral("submitted_on"), tr("Su&bmitted on"));
    m_decidedOn = f->addDate(QStringLiteral("decided_on"), tr("&Decided on"));
    m_awardedOn = f->addDate(QStringLiteral("awarded_on"), tr("A&warded on"));
    m_parties = f->addLine(QStringLiteral("parties"), tr("Pa&rties"), tr("separated by ;"));
    m_countries = f->addLine(QStringLiteral("countries"), tr("C&ountries"), tr("e.g. RO; BG"));
    m_notes = f->addText(QStringLiteral("notes"), tr("N&otes"));
    connect(m_kind, &QComboBox::activated, this, &OutcomeEditor::showKindFields);
    connect(m_company, &QLineEdit::textEdited, this, &OutcomeEditor::markEdited);
    connect(m_company, &CompanyPicker::companyChosen, this, &OutcomeEditor::markEdited);
    showKindFields();
}

OutcomeEditor::Kind OutcomeEditor::kind() const {
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void OutcomeEditor::setKind(Kind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    showKindFields();
    markEdited();
}

void OutcomeEditor::showKindFields() {
    bool agreement = kind() == Kind::Agreement;
    bool funding = kind() == Kind::Funding;
    bool certification = kind() == Kind::Certification;
    RecordForm* f = form();
    f->setFieldVisible(QStringLiteral("title"), !certification);
    f->setFieldVisible(QStringLiteral("name"), certification);
    for (const char* field : {"kind", "date", "parties", "countries", "notes"})
        f->setFieldVisible(QLatin1String(field), agreement);
    f->setFieldVisible(QStringLiteral("company_id"), !agreement);
    for (const char* field : {"instrument_code", "amount_eur", "status", "submitted_on", "decided_on"})
        f->setFieldVisible(QLatin1String(field), funding);
    f->setFieldVisible(QStringLiteral("awarded_on"), certification);
}

void OutcomeEditor::loadRecord(const std::string& id) {
    Repository& repo = session().repository();
    clearForNew();
    m_agreement = repo.agreements().find(id);
    m_funding = m_agreement ? std::nullopt : repo.fundingApplications().find(id);
    m_certification = m_agreement || m_funding ? std::nullopt : repo.certifications().find(id);
    CatalogueQuery catalogue(session().database());
    if (m_agreement) {
        const auto& a = *m_agreement;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(Kind::Agreement)));
        selectCode(m_cluster, a.clusterId);
        m_title->setText(qs(a.title));
        m_agreementKind->setText(qs(a.kind));
        m_date->setText(toText(a.date));
        m_parties->setText(qs(a.parties));
        m_countries->setText(qs(a.countries));
        m_notes->setPlainText(qs(a.notes));
    } else if (m_funding) {
        const auto& fa = *m_funding;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(Kind::Funding)));
        selectCode(m_cluster, fa.clusterId);
        m_company->setCompany(qs(fa.companyId), qs(catalogue.companyName(fa.companyId)));
        selectCode(m_instrument, fa.instrumentCode);
        m_title->setText(qs(fa.title));
        m_amount->setText(toText(fa.amountEur));
        selectCode(m_status, toCode(fa.status));
        m_submittedOn->setText(toText(fa.submittedOn));
        m_decidedOn->setText(toText(fa.decidedOn));
    } else if (m_certification) {
        const auto& c = *m_certification;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(Kind::Certification)));
        selectCode(m_cluster, c.clusterId);
        m_company->setCompany(qs(c.companyId), qs(catalogue.companyName(c.companyId)));
        m_name->setText(qs(c.name));
        m_awardedOn->setText(toText(c.awardedOn));
    } else {
        throw NotFoundError("there is no outcome with id " + id);
    }
    m_kind->setEnabled(false);
    showKindFields();
}

void OutcomeEditor::clearForNew() {
    m_agreement.reset();
    m_funding.reset();
    m_certification.reset();
    m_kind->setEnabled(true);
    m_cluster->setCurrentIndex(0);
    for (QLineEdit* edit : {m_title, m_name, m_agreementKind, m_amount, m_decidedOn, m_parties, m_countries})
        edit->clear();
    for (QLineEdit* edit : {m_date, m_submittedOn, m_awardedOn})
        edit->setText(toText(Date::today()));
    m_company->clearCompany();
    m_instrument->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_notes->clear();
    showKindFields();
}

PartnershipAgreement OutcomeEditor::collectAgreement(FieldReader& reader) const {
    PartnershipAgreement a = m_agreement.value_or(PartnershipAgreement{});
    a.clusterId = reader.code(m_cluster);
    a.title = reader.text(m_title);
    a.kind = reader.text(m_agreementKind);
    a.date = reader.requiredDate(m_date, "date");
    a.parties = reader.text(m_parties);
    a.countries = reader.text(m_countries);
    a.notes = reader.text(m_notes);
    return a;
}

FundingApplication OutcomeEditor::collectFunding(FieldReader& reader) const {
    FundingApplication fa = m_funding.value_or(FundingApplication{});
    fa.clusterId = reader.code(m_cluster);
    fa.companyId = m_company->companyId().toStdString();
    fa.instrumentCode = reader.code(m_instrument);
    fa.title = reader.text(m_title);
    fa.amountEur = reader.number(m_amount, "amount_eur");
    fa.status = fromCode<FundingStatus>(reader.code(m_status)).value_or(FundingStatus::Submitted);
    fa.submittedOn = reader.requiredDate(m_submittedOn, "submitted_on");
    fa.decidedOn = reader.date(m_decidedOn, "decided_on");
    return fa;
}

Certification OutcomeEditor::collectCertification(FieldReader& reader) const {
    Certification c = m_certification.value_or(Certification{});
    c.clusterId = reader.code(m_cluster);
    c.companyId = m_company->companyId().toStdString();
    c.name = reader.text(m_name);
    c.awardedOn = reader.requiredDate(m_awardedOn, "awarded_on");
    return c;
}

std::vector<FieldError> OutcomeEditor::problems() {
    FieldReader reader;
    if (kind() != Kind::Agreement && m_company->companyId().isEmpty() &&
        !m_company->text().trimmed().isEmpty())
        reader.add("company_id", tr("choose the company from the list that opens as you type").toStdString());
    switch (kind()) {
    case Kind::Agreement:
        return reader.merged(validate(collectAgreement(reader)));
    case Kind::Funding:
        return reader.merged(validate(collectFunding(reader)));
    case Kind::Certification:
        return reader.merged(validate(collectCertification(reader)));
    }
    return {};
}

std::unique_ptr<RepositoryCommand> OutcomeEditor::saveCommand() {
    FieldReader reader;
    switch (kind()) {
    case Kind::Agreement: {
        auto command = std::make_unique<RepositoryCommand>(
            session(), m_agreement ? tr("Edit partnership agreement") : tr("Record partnership agreement"));
        command->save(m_agreement, collectAgreement(reader));
        return command;
    }
    case Kind::Funding: {
        auto command = std::make_unique<RepositoryCommand>(
            session(), m_funding ? tr("Edit funding application") : tr("Record funding application"));
        command->save(m_funding, collectFunding(reader));
        return command;
    }
    case Kind::Certification: {
        auto command = std::make_unique<RepositoryCommand>(
            session(), m_certification ? tr("Edit certification") : tr("Record certification"));
        command->save(m_certification, collectCertification(reader));
        return command;
    }
    }
    return nullptr;
}

QString OutcomeEditor::heading() const {
    if (m_agreement)
        return qs(m_agreement->title);
    if (m_funding)
        return m_funding->title.empty() ? m_instrument->currentText() : qs(m_funding->title);
    if (m_certification)
        return qs(m_certification->name);
    return tr("New outcome");
}

} // namespace clusterdesk::ui
