#include "audit/audit_results_view.h"

#include "app/app_settings.h"
#include "app/session.h"
#include "audit/radar_chart_view.h"
#include "audit/recommendation_dialog.h"
#include "audit/section_results_model.h"
#include "audit/suggestion_model.h"
#include "commands/repository_command.h"
#include "storage/catalogue_query.h"
#include "widgets/error_dialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
const char* kPeerGroupKey = "audits/peerGroup";

QString groupText(PeerGroup group) {
    switch (group) {
    case PeerGroup::Cluster:
        return AuditResultsView::tr("the same cluster");
    case PeerGroup::NaceSection:
        return AuditResultsView::tr("the same NACE section");
    case PeerGroup::SizeClass:
        return AuditResultsView::tr("the same size class");
    }
    return {};
}

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

AuditResultsView::AuditResultsView(Session& session, AuditStore& store, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_query(session.database())
    , m_overall(new QLabel(this))
    , m_draftNote(new QLabel(this))
    , m_peerGroup(new QComboBox(this))
    , m_peerInfo(new QLabel(this))
    , m_sections(new SectionResultsModel(this))
    , m_sectionsView(makeTable(m_sections, this))
    , m_chart(new RadarChartView(this))
    , m_suggestions(new SuggestionModel(this))
    , m_suggestionsView(makeTable(m_suggestions, this))
    , m_add(new QPushButton(tr("Add as Recommendation…"), this))
    , m_targetInfo(new QLabel(this)) {
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_overall->setFont(big);
    m_draftNote->setForegroundRole(QPalette::PlaceholderText);
    m_draftNote->setWordWrap(true);

    for (PeerGroup group : {PeerGroup::Cluster, PeerGroup::NaceSection, PeerGroup::SizeClass})
        m_peerGroup->addItem(groupText(group), static_cast<int>(group));
    auto stored = fromCode<PeerGroup>(
        appSettings()->value(QString::fromLatin1(kPeerGroupKey)).toString().toStdString());
    m_peerGroup->setCurrentIndex(
        m_peerGroup->findData(static_cast<int>(stored.value_or(PeerGroup::Cluster))));
    m_peerInfo->setWordWrap(true);

    m_sectionsView->horizontalHeader()->setSectionResizeMode(SectionResultsModel::Section,
                                                             QHeaderView::Stretch);
    for (int c = SectionResultsModel::Score; c < SectionResultsModel::ColumnCount; ++c)
        m_sectionsView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_sectionsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_sectionsView->setFocusPolicy(Qt::NoFocus);

    m_suggestionsView->horizontalHeader()->setSectionResizeMode(SuggestionModel::Text, QHeaderView::Stretch);
    m_suggestionsView->horizontalHeader()->setSectionResizeMode(SuggestionModel::Section,
                                                                QHeaderView::ResizeToContents);
    m_suggestionsView->horizontalHeader()->setSectionResizeMode(SuggestionModel::PointsTo,
                                                                QHeaderView::Interactive);
    m_suggestionsView->horizontalHeader()->setSectionResizeMode(SuggestionModel::Taken,
                                                                QHeaderView::ResizeToContents);
    m_suggestionsView->setColumnWidth(SuggestionModel::PointsTo, 220);
    m_suggestionsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targetInfo->setWordWrap(true);
    m_targetInfo->setForegroundRole(QPalette::PlaceholderText);

    std::map<std::string, std::string> names;
    CatalogueQuery catalogue(session.database());
    for (const auto& instrument : catalogue.instruments())
        names[instrument.code] = instrument.name;
    for (const auto& kind : catalogue.measureKinds())
        names[kind.code] = kind.name;
    m_suggestions->setNames(std::move(names));

    auto* headline = new QHBoxLayout;
    headline->addWidget(m_overall);
    headline->addSpacing(16);
    headline->addWidget(m_draftNote, 1);

    auto* peerRow = new QHBoxLayout;
    auto* peerLabel = new QLabel(tr("Compare with companies of"), this);
    peerLabel->setBuddy(m_peerGroup);
    peerRow->addWidget(peerLabel);
    peerRow->addWidget(m_peerGroup);
    peerRow->addSpacing(12);
    peerRow->addWidget(m_peerInfo, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sectionsView);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 640});
    split->setChildrenCollapsible(false);

    auto* suggestionsBox = new QGroupBox(tr("Suggested recommendations"), this);
    auto* suggestionsLayout = new QVBoxLayout(suggestionsBox);
    suggestionsLayout->addWidget(m_suggestionsView);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_targetInfo, 1);
    addRow->addWidget(m_add, 0, Qt::AlignTop);
    suggestionsLayout->addLayout(addRow);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    vertical->addWidget(suggestionsBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headline);
    layout->addLayout(peerRow);
    layout->addWidget(vertical, 1);

    connect(m_peerGroup, &QComboBox::currentIndexChanged, this, [this] {
        appSettings()->setValue(QString::fromLatin1(kPeerGroupKey),
                                QString::fromStdString(toCode(peerGroup())));
        refreshPeers();
        refresh();
    });
    connect(m_suggestionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditResultsView::updateAddButton);
    connect(m_suggestionsView, &QTableView::activated, this, &AuditResultsView::addSelectedSuggestion);
    connect(m_add, &QPushButton::clicked, this, &AuditResultsView::addSelectedSuggestion);
    connect(&m_session, &Session::recordsChanged, this, [this](const QList<RecordRef>& records) {
        for (const auto& record : records)
            if (record.table == QLatin1String("recommendation")) {
                refreshSuggestions();
                return;
            }
    });
}

PeerGroup AuditResultsView::peerGroup() const {
    return static_cast<PeerGroup>(m_peerGroup->currentData().toInt());
}

void AuditResultsView::setPeerGroup(PeerGroup group) {
    m_peerGroup->setCurrentIndex(m_peerGroup->findData(static_cast<int>(group)));
}

void AuditResultsView::setAudit(const AuditRow& row) {
    m_row = row;
    m_target.reset();
    if (!row.visitId.empty()) {
        for (const auto& target : m_query.targetsOf(row.companyId))
            if (target.isVisit && target.id == row.visitId)
                m_target = target;
    } else {
        m_target = m_query.latestVisit(row.companyId, row.clusterId);
    }
    refreshPeers();
}

void AuditResultsView::setForm(const AuditForm& form) {
    m_form = form;
    if (isVisible())
        refresh();
}

void AuditResultsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Other audits may have been completed meanwhile.
    refreshPeers();
    refresh();
}

void AuditResultsView::refreshPeers() {
    m_peers.reset();
    if (!m_row)
        return;
    try {
        m_peers = m_store.comparePeers(m_row->id, peerGroup());
    } catch (const std::exception& e) {
        m_peerInfo->setText(tr("The comparison could not be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    const int n = m_peers->companies;
    const QString group = groupText(m_peers->group);
    if (m_peers->shown())
        m_peerInfo->setText(tr("%n other companies of %1 completed this form: the dashed line and the "
                               "“Similar companies” column show the average of their latest audits.",
                               nullptr, n)
                                .arg(group));
    else if (n == 0)
        m_peerInfo->setText(
            tr("No other company of %1 has completed this form yet: no comparison.").arg(group));
    else
        m_peerInfo->setText(
            (n == 1 ? tr("Only one other company of %1 completed this form: a comparison needs at "
                         "least %2, so that no company's answers can be worked out.")
                    : tr("Only %n other companies of %1 completed this form: a comparison needs at "
                         "least %2, so that no company's answers can be worked out.",
                         nullptr, n))
                .arg(group)
                .arg(kMinPeerGroupSize));
}

void AuditResultsView::refresh() {
    if (!m_form)
        return;
    const AuditForm& form = *m_form;
    m_overall->setText(tr("Overall: %1").arg(percentText(form.score.overall)));
    m_draftNote->setText(
        form.audit.status == AuditStatus::Completed
            ? tr("Completed on %1.").arg(QString::fromStdString(form.audit.completedAt.substr(0, 10)))
            : tr("Draft: the results change as answers are given. %1 of %2 questions answered.")
                  .arg(form.score.answered)
                  .arg(form.score.questions));
    m_sections->setResults(form.score, m_peers);

    QStringList axes;
    std::vector<double> values;
    std::vector<double> peerValues;
    const bool showPeers = m_peers && m_peers->shown();
    for (const auto& s : form.score.sections) {
        if (!s.percent)
            continue;
        axes << QString::fromStdString(s.title);
        values.push_back(*s.percent);
        if (showPeers) {
            auto it = m_peers->sections.find(s.sectionId);
            peerValues.push_back(it != m_peers->sections.end() ? it->second : 0);
        }
    }
    m_chart->setData(axes, values, peerValues,
                     showPeers ? tr("Similar companies (%n)", nullptr, m_peers->companies) : QString());
    refreshSuggestions();
}

void AuditResultsView::refreshSuggestions() {
    if (!m_form)
        return;
    // Taken up: the visit has a recommendation with the suggestion's text or pointing to its instrument.
    std::set<std::string> taken;
    if (m_target) {
        auto existing = m_query.recommendationsOf(m_target->id);
        for (const auto& s : m_form->suggestions)
            for (const auto& [text, instrument] : existing)
                if (text == s.rule.text || (!instrument.empty() && instrument == s.rule.instrumentCode))
                    taken.insert(s.rule.text);
    }
    int current = m_suggestionsView->currentIndex().row();
    m_suggestions->setSuggestions(m_form->suggestions, std::move(taken));
    if (current >= 0 && current < m_suggestions->rowCount())
        m_suggestionsView->selectRow(current);
    else if (m_suggestions->rowCount() > 0)
        m_suggestionsView->selectRow(0);

    if (m_suggestions->rowCount() == 0)
        m_targetInfo->setText(m_form->score.overall
                                  ? tr("No section scored below the thresholds of this form's suggestions.")
                                  : tr("Suggestions appear as sections get a score."));
    else if (!m_target)
        m_targetInfo->setText(
            tr("Recommendations belong to company visits, and %1 has no visit with %2 yet. Record a visit "
               "first; the suggestions can then be added to it.")
                .arg(QString::fromStdString(m_row ? m_row->company : ""),
                     QString::fromStdString(m_row ? m_row->clusterName : "")));
    else if (m_row && m_row->visitId.empty())
        m_targetInfo->setText(
            tr("A support-measure audit has no visit of its own: recommendations are added to "
               "the company's latest visit with %1, on %2.")
                .arg(QString::fromStdString(m_target->clusterName), QString::fromStdString(m_target->date)));
    else
        m_targetInfo->setText(
            tr("Recommendations are added to the visit of %1.").arg(QString::fromStdString(m_target->date)));
    updateAddButton();
}

void AuditResultsView::updateAddButton() {
    int row = m_suggestionsView->currentIndex().row();
    m_add->setEnabled(m_target && m_suggestions->suggestion(row) && !m_suggestions->isTaken(row));
}

void AuditResultsView::addSelectedSuggestion() {
    int row = m_suggestionsView->currentIndex().row();
    const Suggestion* suggestion = m_suggestions->suggestion(row);
    if (!suggestion || !m_target || m_suggestions->isTaken(row))
        return;
    QString visit =
        tr("%1, %2 (%3)")
            .arg(QString::fromStdString(m_target->date), QString::fromStdString(m_target->kindName),
                 QString::fromStdString(m_target->clusterName));
    RecommendationDialog dialog(QString::fromStdString(suggestion->rule.text),
                                m_suggestions->pointsTo(*suggestion), visit, this);
    if (dialog.exec() == QDialog::Accepted)
        addRecommendation(row, dialog.text(), dialog.priority());
}

bool AuditResultsView::addRecommendation(int row, const QString& text, Priority priority) {
    const Suggestion* suggestion = m_suggestions->suggestion(row);
    if (!suggestion || !m_target)
        return false;
    Recommendation recommendation;
    recommendation.visitId = m_target->id;
    recommendation.text = text.trimmed().toStdString();
    // A suggestion of a support measure has no instrument; its text names the measure.
    recommendation.instrumentCode = suggestion->rule.instrumentCode;
    recommendation.priority = priority;
    auto command = std::make_unique<RepositoryCommand>(m_session, tr("Add recommendation from the audit"));
    command->create(recommendation);
    command->alsoRefresh("visit", m_target->id);
    try {
        m_session.execute(std::move(command));
    } catch (const std::exception& e) {
        showError(this, tr("The recommendation was not added"), e);
        return false;
    }
    refreshSuggestions();
    return true;
}

} // namespace clusterdesk::ui
