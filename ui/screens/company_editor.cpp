#include "screens/company_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/nace.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace clusterdesk::ui {

CompanyEditor::CompanyEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("company"), parent) {
    RecordForm* f = form();
    m_name = f->addLine(QStringLiteral("name"), tr("&Name"));
    m_fiscalCode = f->addLine(QStringLiteral("fiscal_code"), tr("&Fiscal code"), tr("e.g. RO4221306"));
    m_nace = f->addLine(QStringLiteral("nace_code"), tr("NA&CE code"), tr("e.g. 28.30"));
    m_naceVersion = f->addCombo(QStringLiteral("nace_version"), tr("NACE version"));
    for (const char* version : kNaceVersions)
        m_naceVersion->addItem(tr("Rev. %1").arg(QLatin1String(version)), QLatin1String(version));
    f->addSection(tr("Size"));
    m_headcount = f->addNumber(QStringLiteral("headcount"), tr("&Staff headcount"));
    m_turnover = f->addNumber(QStringLiteral("turnover_eur"), tr("&Turnover (EUR)"));
    m_balanceSheet = f->addNumber(QStringLiteral("balance_sheet_eur"), tr("&Balance sheet (EUR)"));
    m_sizeClass = new QLabel(this);
    f->addRow(QStringLiteral("size_class"), tr("SME class"), m_sizeClass);
    f->addSection(tr("Contact"));
    m_region = f->addCombo(QStringLiteral("region"), tr("&Region"));
    fillRegionCombo(m_region, CatalogueQuery(session.database()).regions());
    m_city = f->addLine(QStringLiteral("city"), tr("Ci&ty"));
    m_address = f->addLine(QStringLiteral("address"), tr("&Address"));
    m_website = f->addLine(QStringLiteral("website"), tr("&Website"), tr("www.example.ro"));
    m_email = f->addLine(QStringLiteral("email"), tr("&Email"), tr("office@example.ro"));
    m_phone = f->addLine(QStringLiteral("phone"), tr("&Phone"));
    m_notes = f->addText(QStringLiteral("notes"), tr("N&otes"));

    auto* clustersLabel = new QLabel(tr("<b>Member of</b> (tick the clusters)"), this);
    m_clusters = new QListWidget(this);
    m_clusters->setMaximumHeight(140);
    extrasLayout()->addWidget(clustersLabel);
    extrasLayout()->addWidget(m_clusters);
    connect(m_clusters, &QListWidget::itemChanged, this, &CompanyEditor::markEdited);
}

void CompanyEditor::loadRecord(const std::string& id) {
    Company c = session().repository().companies().get(id);
    m_stored = c;
    m_name->setText(QString::fromStdString(c.name));
    m_fiscalCode->setText(c.fiscalCode ? QString::fromStdString(c.fiscalCode->toString()) : QString());
    m_nace->setText(QString::fromStdString(c.naceCode));
    selectCode(m_naceVersion, c.naceVersion);
    m_headcount->setText(toText(c.headcount));
    m_turnover->setText(toText(c.turnoverEur));
    m_balanceSheet->setText(toText(c.balanceSheetEur));
    m_sizeClass->setText(sizeClassName(toString(c.sizeClass())));
    selectCode(m_region, c.region);
    m_city->setText(QString::fromStdString(c.city));
    m_address->setText(QString::fromStdString(c.address));
    m_website->setText(QString::fromStdString(c.website));
    m_email->setText(QString::fromStdString(c.email));
    m_phone->setText(QString::fromStdString(c.phone));
    m_notes->setPlainText(QString::fromStdString(c.notes));
    loadMemberships(id);
}

void CompanyEditor::clearForNew() {
    m_stored.reset();
    for (QLineEdit* edit : {m_name, m_fiscalCode, m_nace, m_headcount, m_turnover, m_balanceSheet, m_city,
                            m_address, m_website, m_email, m_phone})
        edit->clear();
    m_naceVersion->setCurrentIndex(0);
    m_region->setCurrentIndex(0);
    m_notes->clear();
    m_sizeClass->setText(sizeClassName("unknown"));
    loadMemberships({});
}

void CompanyEditor::loadMemberships(const std::string& companyId) {
    m_memberships = companyId.empty()
                        ? std::vector<Membership>{}
                        : session().repository().memberships().where("company_id = ?", {Value{companyId}});
    QSignalBlocker block(m_clusters);
    m_clusters->clear();
    for (const auto& cluster : CatalogueQuery(session().database()).clusters()) {
        auto* item = new QListWidgetItem(QString::fromStdString(cluster.name), m_clusters);
        item->setData(Qt::UserRole, QString::fromStdString(cluster.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        bool member = false;
        for (const auto& m : m_memberships)
            if (m.clusterId == cluster.code) {
                member = true;
                if (m.since)
                    item->setText(tr("%1 (since %2)").arg(item->text(), toText(m.since)));
            }
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
    }
}

Company CompanyEditor::collect(FieldReader& reader) const {
    Company c = m_stored.value_or(Company{});
    c.name = reader.text(m_name);
    std::string fiscal = reader.text(m_fiscalCode);
    c.fiscalCode.reset();
    if (!fiscal.empty()) {
        c.fiscalCode = parseFiscalCode(fiscal);
        if (!c.fiscalCode)
            reader.add("fiscal_code", fiscalCodeProblem(fiscal));
    }
    std::string nace = reader.text(m_nace);
    c.naceCode = normaliseNaceCode(nace).value_or(nace);
    c.naceVersion = reader.code(m_naceVersion);
    c.headcount = reader.integer(m_headcount, "headcount");
    c.turnoverEur = reader.number(m_turnover, "turnover_eur");
    c.balanceSheetEur = reader.number(m_balanceSheet, "balance_sheet_eur");
    c.region = reader.code(m_region);
    c.city = reader.text(m_city);
    c.address = reader.text(m_address);
    c.website = reader.text(m_website);
    c.email = reader.text(m_email);
    c.phone = reader.text(m_phone);
    c.notes = reader.text(m_notes);
    return c;
}

std::vector<FieldError> CompanyEditor::problems() {
    FieldReader reader;
    Company c = collect(reader);
    m_sizeClass->setText(sizeClassName(toString(c.sizeClass())));
    if (c.fiscalCode) {
        auto other = session().repository().companyByFiscalCode(*c.fiscalCode);
        if (other && other->id != c.id)
            reader.add(
                "fiscal_code",
                tr("already the fiscal code of “%1”").arg(QString::fromStdString(other->name)).toStdString());
    }
    return reader.merged(validate(c));
}

std::unique_ptr<RepositoryCommand> CompanyEditor::saveCommand() {
    FieldReader reader;
    Company c = collect(reader);
    if (c.id.empty())
        c.id = newUuid();
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit company “%1”").arg(QString::fromStdString(c.name))
                            : tr("Create company “%1”").arg(QString::fromStdString(c.name)));
    command->save(m_stored, c);
    for (int i = 0; i < m_clusters->count(); ++i) {
        QListWidgetItem* item = m_clusters->item(i);
        std::string clusterId = item->data(Qt::UserRole).toString().toStdString();
        auto existing = std::find_if(m_memberships.begin(), m_memberships.end(),
                                     [&](const Membership& m) { return m.clusterId == clusterId; });
        bool wanted = item->checkState() == Qt::Checked;
        if (wanted && existing == m_memberships.end()) {
            Membership m;
            m.companyId = c.id;
            m.clusterId = clusterId;
            m.since = Date::today();
            command->create(m);
        } else if (!wanted && existing != m_memberships.end()) {
            command->remove<Membership>(existing->id);
        }
    }
    return command;
}

QString CompanyEditor::heading() const {
    return m_stored ? QString::fromStdString(m_stored->name) : tr("New company");
}

} // namespace clusterdesk::ui
