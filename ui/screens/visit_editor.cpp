#include "screens/visit_editor.h"

#include "app/session.h"
#include "commands/check_ins.h"
#include "domain/validation.h"
#include "storage/catalogue_query.h"
#include "widgets/company_picker.h"
#include "widgets/recommendations_panel.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

VisitEditor::VisitEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("visit"), parent) {
    CatalogueQuery catalogue(session.database());
    RecordForm* f = form();
    m_company = new CompanyPicker(session, this);
    f->addRow(QStringLiteral("company_id"), tr("&Company"), m_company);
    m_cluster = f->addCombo(QStringLiteral("cluster_id"), tr("C&luster"));
    fillCombo(m_cluster, catalogue.clusters(), tr("(choose)"));
    m_date = f->addDate(QStringLiteral("date"), tr("&Date"));
    m_auditKind = f->addCombo(QStringLiteral("audit_kind"), tr("&Audit"));
    fillCombo(m_auditKind, catalogue.auditKinds());
    m_staff = new QListWidget(this);
    for (const auto& person : catalogue.staff()) {
        auto* item = new QListWidgetItem(QString::fromStdString(person.name), m_staff);
        item->setData(Qt::UserRole, QString::fromStdString(person.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_staff->setMaximumHeight(std::min(std::max(m_staff->count(), 2), 5) * (fontMetrics().height() + 6) + 6);
    f->addRow(QStringLiteral("staff_ids"), tr("Staff who went"), m_staff);
    m_findings = f->addText(QStringLiteral("findings"), tr("&Findings"));

    m_recommendations = new RecommendationsPanel(session, this);
    m_checkIns = new QPushButton(tr("Plan check-ins after &3, 6 and 12 months"), this);
    m_checkIns->setToolTip(
        tr("Creates three follow-ups for the company, due 3, 6 and 12 months after the visit"));
    // The audit's results are where the recommendations below come from: the button sits above them.
    m_audit = new QPushButton(tr("Audit f&orm…"), this);
    extrasLayout()->addWidget(m_audit, 0, Qt::AlignLeft);
    extrasLayout()->addWidget(new QLabel(tr("<b>Recommendations</b>"), this));
    extrasLayout()->addWidget(m_recommendations);
    extrasLayout()->addWidget(m_checkIns, 0, Qt::AlignLeft);

    connect(m_company, &QLineEdit::textEdited, this, &VisitEditor::markEdited);
    connect(m_company, &CompanyPicker::companyChosen, this, &VisitEditor::companyChosen);
    connect(m_staff, &QListWidget::itemChanged, this, &VisitEditor::markEdited);
    connect(m_recommendations, &RecommendationsPanel::edited, this, &VisitEditor::markEdited);
    connect(m_checkIns, &QPushButton::clicked, this, &VisitEditor::planCheckIns);
    connect(m_audit, &QPushButton::clicked, this, &VisitEditor::requestAudit);
}

void VisitEditor::companyChosen(const QString& companyId) {
    // Most visits are for a cluster the company belongs to: preselect it.
    if (!companyId.isEmpty() && m_cluster->currentIndex() <= 0) {
        auto memberships =
            session().repository().memberships().where("company_id = ?", {Value{companyId.toStdString()}});
        if (!memberships.empty())
            selectCode(m_cluster, memberships.front().clusterId);
    }
    markEdited();
}

void VisitEditor::setStaff(const std::vector<std::string>& ids) {
    QSignalBlocker block(m_staff);
    for (int i = 0; i < m_staff->count(); ++i) {
        std::string id = m_staff->item(i)->data(Qt::UserRole).toString().toStdString();
        bool went = std::find(ids.begin(), ids.end(), id) != ids.end();
        m_staff->item(i)->setCheckState(went ? Qt::Checked : Qt::Unchecked);
    }
}

void VisitEditor::loadRecord(const std::string& id) {
    Visit v = session().repository().visits().get(id);
    m_stored = v;
    m_company->setCompany(
        QString::fromStdString(v.companyId),
        QString::fromStdString(CatalogueQuery(session().database()).companyName(v.companyId)));
    selectCode(m_cluster, v.clusterId);
    m_date->setText(toText(v.date));
    selectCode(m_auditKind, v.auditKind);
    setStaff(v.staffIds);
    m_findings->setPlainText(QString::fromStdString(v.findings));
    m_storedRecommendations =
        session().repository().recommendations().where("visit_id = ?", {Value{id}}, "created_at");
    m_recommendations->setRecommendations(m_storedRecommendations);
    m_checkIns->setEnabled(true);
    m_audit->setEnabled(true);
    m_audit->setToolTip(tr("Open the audit filled in during this visit (technology audit, business review), "
                           "or start one"));
}

void VisitEditor::clearForNew() {
    m_stored.reset();
    m_company->clearCompany();
    m_cluster->setCurrentIndex(0);
    m_date->setText(toText(Date::today()));
    selectCode(m_auditKind, audit_kind::kBusinessReview);
    setStaff({});
    m_findings->clear();
    m_storedRecommendations.clear();
    m_recommendations->setRecommendations({});
    m_checkIns->setEnabled(false);
    m_audit->setEnabled(false);
    m_audit->setToolTip(tr("Save the visit first: an audit form is filled in for a recorded visit"));
}

Visit VisitEditor::collect(FieldReader& reader) const {
    Visit v = m_stored.value_or(Visit{});
    v.companyId = m_company->companyId().toStdString();
    if (v.companyId.empty() && !m_company->text().trimmed().isEmpty())
        reader.add("company_id", tr("choose the company from the list that opens as you type").toStdString());
    v.clusterId = reader.code(m_cluster);
    v.date = reader.requiredDate(m_date, "date");
    v.auditKind = reader.code(m_auditKind);
    v.staffIds.clear();
    for (int i = 0; i < m_staff->count(); ++i)
        if (m_staff->item(i)->checkState() == Qt::Checked)
            v.staffIds.push_back(m_staff->item(i)->data(Qt::UserRole).toString().toStdString());
    v.findings = reader.text(m_findings);
    return v;
}

std::vector<FieldError> VisitEditor::problems() {
    FieldReader reader;
    Visit v = collect(reader);
    std::vector<FieldError> all = reader.merged(validate(v));
    for (auto& p : m_recommendations->problems())
        all.push_back(std::move(p));
    return all;
}

std::unique_ptr<RepositoryCommand> VisitEditor::saveCommand() {
    FieldReader reader;
    Visit v = collect(reader);
    if (v.id.empty())
        v.id = newUuid();
    QString company = m_company->text().trimmed();
    auto command =
        std::make_unique<RepositoryCommand>(session(), m_stored ? tr("Edit visit to “%1”").arg(company)
                                                                : tr("Record visit to “%1”").arg(company));
    command->save(m_stored, v);
    for (auto r : m_recommendations->recommendations()) {
        r.visitId = v.id;
        auto stored = std::find_if(m_storedRecommendations.begin(), m_storedRecommendations.end(),
                                   [&](const Recommendation& s) { return s.id == r.id; });
        if (r.id.empty() || stored == m_storedRecommendations.end())
            command->create(r);
        else
            command->save(std::optional<Recommendation>(*stored), r);
    }
    for (const auto& stored : m_storedRecommendations) {
        const auto& now = m_recommendations->recommendations();
        if (std::none_of(now.begin(), now.end(), [&](const Recommendation& r) { return r.id == stored.id; }))
            command->remove<Recommendation>(stored.id);
    }
    return command;
}

QString VisitEditor::heading() const {
    if (!m_stored)
        return tr("New visit");
    return tr("Visit to %1 on %2")
        .arg(QString::fromStdString(CatalogueQuery(session().database()).companyName(m_stored->companyId)),
             toText(m_stored->date));
}

void VisitEditor::planCheckIns() {
    if (!m_stored || !confirmLeave())
        return;
    int existing = static_cast<int>(
        session().repository().followUps().where("visit_id = ?", {Value{m_stored->id}}).size());
    if (existing > 0 &&
        QMessageBox::question(this, tr("Plan Check-ins"),
                              tr("Follow-ups this visit already has: %n. Plan three more check-ins?", nullptr,
                                 existing)) != QMessageBox::Yes)
        return;
    runCommand(checkInsCommand(session(), *m_stored, m_company->text()));
}

void VisitEditor::requestAudit() {
    if (!m_stored || !confirmLeave())
        return;
    emit auditRequested(
        QString::fromStdString(m_stored->companyId),
        QString::fromStdString(CatalogueQuery(session().database()).companyName(m_stored->companyId)),
        QString::fromStdString(m_stored->id));
}

} // namespace clusterdesk::ui
