#include "dialogs/company_page.h"

#include "app/session.h"
#include "audit/audit_deletion.h"
#include "audit/company_audit_model.h"
#include "domain/company.h"
#include "models/display_names.h"
#include "models/text_table_model.h"
#include "storage/change_history_query.h"
#include "storage/company_story_query.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
using Kind = TimelineEvent::Kind;

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::Membership:
        return CompanyPage::tr("Joined the cluster");
    case Kind::Seminar:
        return CompanyPage::tr("Seminar");
    case Kind::Visit:
        return CompanyPage::tr("Visit");
    case Kind::Recommendation:
        return CompanyPage::tr("Recommendation");
    case Kind::SupportMeasure:
        return CompanyPage::tr("Enhanced support");
    case Kind::FollowUp:
        return CompanyPage::tr("Follow-up");
    case Kind::ContactAttempt:
        return CompanyPage::tr("Contact attempt");
    case Kind::FundingApplication:
        return CompanyPage::tr("Funding application");
    case Kind::Certification:
        return CompanyPage::tr("Certification");
    case Kind::Audit:
        return CompanyPage::tr("Audit");
    }
    return {};
}

QString statusName(Kind kind, const std::string& code) {
    switch (kind) {
    case Kind::Seminar:
        return attendanceStatusName(code);
    case Kind::Recommendation:
        return recommendationStatusName(code);
    case Kind::SupportMeasure:
        return measureStatusName(code);
    case Kind::FollowUp:
        return followUpStatusName(code);
    case Kind::ContactAttempt:
        return code == "answered" ? CompanyPage::tr("Answered") : CompanyPage::tr("No answer");
    case Kind::FundingApplication:
        return fundingStatusName(code);
    case Kind::Audit:
        return code == "completed" ? CompanyPage::tr("Completed") : CompanyPage::tr("Draft");
    default:
        return QString::fromStdString(code);
    }
}

QString text(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

CompanyPage::CompanyPage(Session& session, const QString& companyId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_companyId(companyId)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_clusters(new TextTableModel({tr("Cluster"), tr("Member since"), tr("Funnel stage")}, this))
    , m_timeline(
          new TextTableModel({tr("Date"), tr("What"), tr("Details"), tr("Status"), tr("Cluster")}, this))
    , m_history(new TextTableModel({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")}, this))
    , m_audits(new CompanyAuditModel(session, companyId, this))
    , m_tabs(new QTabWidget(this)) {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QTableView* clusters = tableFor(m_clusters);
    clusters->setMaximumHeight(clusters->verticalHeader()->defaultSectionSize() * 5 + 30);
    m_tabs->addTab(tableFor(m_timeline), tr("&Timeline"));
    m_tabs->addTab(buildAuditsTab(), tr("&Audits"));
    m_tabs->addTab(tableFor(m_history), tr("Change &history"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(new QLabel(tr("<b>Clusters and funnel stage</b>"), this));
    layout->addWidget(clusters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(960, 680);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session, &Session::recordsChanged, this, &CompanyPage::onRecordsChanged);
    reload();
}

QWidget* CompanyPage::buildAuditsTab() {
    auto* tab = new QWidget(this);
    m_auditView = tableFor(m_audits);
    m_auditView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_openAudit = new QPushButton(tr("&Open Audit"), tab);
    m_openAudit->setToolTip(tr("Open the selected audit's form (Enter)"));
    m_openAudit->setAutoDefault(false);
    m_deleteAudit = new QPushButton(tr("Delete Audit"), tab);
    m_deleteAudit->setToolTip(tr("Delete an audit started by mistake; a completed one must be reopened "
                                 "first (Delete)"));
    m_deleteAudit->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openAudit);
    buttons->addWidget(m_deleteAudit);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_auditView, 1);
    layout->addLayout(buttons);

    connect(m_auditView, &QAbstractItemView::doubleClicked, this, &CompanyPage::openCurrentAudit);
    // Shortcuts rather than "activated": Enter must not also reach the dialog's default button.
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* enter = new QShortcut(QKeySequence(key), m_auditView);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &CompanyPage::openCurrentAudit);
    }
    auto* remove = new QShortcut(QKeySequence::Delete, m_auditView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CompanyPage::deleteCurrentAudit);
    connect(m_openAudit, &QPushButton::clicked, this, &CompanyPage::openCurrentAudit);
    connect(m_deleteAudit, &QPushButton::clicked, this, &CompanyPage::deleteCurrentAudit);
    connect(m_auditView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompanyPage::updateAuditButtons);
    connect(m_audits, &QAbstractItemModel::modelReset, this, &CompanyPage::updateAuditButtons);
    return tab;
}

QString CompanyPage::currentAuditId() const {
    QModelIndex current = m_auditView->currentIndex();
    return current.isValid() ? m_audits->idAt(current.row()) : QString();
}

void CompanyPage::openCurrentAudit() {
    QString id = currentAuditId();
    if (!id.isEmpty())
        emit auditRequested(id);
}

void CompanyPage::deleteCurrentAudit() {
    QString id = currentAuditId();
    if (!id.isEmpty())
        askDeleteAudit(this, m_session, id);
}

void CompanyPage::updateAuditButtons() {
    const bool chosen = !currentAuditId().isEmpty();
    m_openAudit->setEnabled(chosen);
    m_deleteAudit->setEnabled(chosen);
    m_tabs->setTabText(m_tabs->indexOf(m_auditView->parentWidget()),
                       m_audits->rowCount() > 0 ? tr("&Audits (%1)").arg(m_audits->rowCount())
                                                : tr("&Audits"));
}

QTableView* CompanyPage::tableFor(QAbstractItemModel* model) {
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(view->fontMetrics().averageCharWidth() * 18);
    connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        // Dates and short columns fit their contents; the text columns share the rest.
        for (int c = 0; c + 1 < model->columnCount(); ++c)
            view->resizeColumnToContents(c);
        for (int c = 0; c + 1 < model->columnCount(); ++c)
            view->setColumnWidth(c,
                                 std::min(view->columnWidth(c), view->fontMetrics().averageCharWidth() * 40));
    });
    return view;
}

void CompanyPage::reload() {
    auto company = m_session.repository().companies().find(m_companyId.toStdString());
    if (!company) {
        m_heading->setText(tr("This company was deleted."));
        m_facts->clear();
        return;
    }
    setWindowTitle(tr("%1 – Company").arg(text(company->name)));
    m_heading->setText(text(company->name));
    QStringList facts;
    if (company->fiscalCode)
        facts << tr("Fiscal code %1").arg(text(company->fiscalCode->toString()));
    facts << tr("%1 enterprise").arg(sizeClassName(toString(company->sizeClass())));
    if (company->headcount)
        facts << tr("%n staff", nullptr, *company->headcount);
    if (!company->naceCode.empty())
        facts << tr("NACE %1").arg(text(company->naceCode));
    QStringList place;
    for (const std::string* part : {&company->city, &company->region})
        if (!part->empty())
            place << text(*part);
    if (!place.isEmpty())
        facts << place.join(QStringLiteral(", "));
    for (const std::string* part : {&company->email, &company->phone, &company->website})
        if (!part->empty())
            facts << text(*part);
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    CompanyStoryQuery story(m_session.database());
    QList<QStringList> clusters;
    for (const auto& c : story.clusters(m_companyId.toStdString()))
        clusters.append({text(c.clusterName), c.member ? text(c.memberSince) : tr("not a member"),
                         funnelStageName(toCode(c.stage))});
    m_clusters->setRows(std::move(clusters));

    QList<QStringList> timeline;
    for (const auto& e : story.timeline(m_companyId.toStdString())) {
        QString what = kindName(e.kind);
        if (!e.title.empty())
            what += QStringLiteral(": ") + text(e.title);
        timeline.append({text(e.date), what, text(e.detail), statusName(e.kind, e.status), text(e.cluster)});
    }
    m_timeline->setRows(std::move(timeline));

    QList<QStringList> history;
    for (const auto& c :
         ChangeHistoryQuery(m_session.database()).changes("company", m_companyId.toStdString())) {
        QString field = c.field == "deleted_at" ? (c.hasNewValue ? tr("deleted") : tr("restored"))
                                                : companyFieldName(c.field);
        QString when = text(c.changedAt).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z'));
        auto value = [&](const std::string& v, bool present) {
            if (!present || c.field == "deleted_at")
                return QString();
            if (c.field == "vat_registered")
                return v == "1" ? tr("yes") : tr("no");
            return text(v);
        };
        history.append({when, text(c.changedBy), field, value(c.oldValue, c.hadOldValue),
                        value(c.newValue, c.hasNewValue)});
    }
    m_history->setRows(std::move(history));

    const QString selected = currentAuditId();
    m_audits->reload();
    for (int row = 0; row < m_audits->rowCount(); ++row)
        if (m_audits->idAt(row) == selected)
            m_auditView->selectRow(row);
}

void CompanyPage::onRecordsChanged(const QList<RecordRef>&) {
    // Nearly any record can be part of a company's story; the page is small enough to read again.
    reload();
}

} // namespace clusterdesk::ui
