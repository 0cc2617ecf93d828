#include "screens/dashboard_screen.h"

#include "app/session.h"
#include "models/display_names.h"
#include "reports/quarter_closing.h"
#include "storage/dashboard_query.h"
#include "storage/follow_up_list_query.h"
#include "storage/report_queries.h"
#include "widgets/cluster_filter.h"
#include "widgets/dashboard_charts.h"
#include "widgets/error_dialog.h"
#include "widgets/figure_tile.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
constexpr int kLabelWarningMonths = 6;

QChartView* chartView(QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(290);
    return view;
}

QString number(double value, int decimals = 0) {
    return QLocale().toString(value, 'f', decimals);
}
} // namespace

DashboardScreen::DashboardScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_cluster(new ClusterFilter(session, this))
    , m_quarter(new QComboBox(this))
    , m_changedQuarters(new QFrame(this))
    , m_changedText(new QLabel(m_changedQuarters))
    , m_seminars(new FigureTile(tr("seminars; companies that attended"), this))
    , m_visits(new FigureTile(tr("company visits; audits among them"), this))
    , m_recommendations(new FigureTile(tr("recommendations made"), this))
    , m_support(new FigureTile(tr("measures of enhanced support"), this))
    , m_outcomes(new FigureTile(tr("agreements, funding applications and certifications"), this))
    , m_effort(new FigureTile(tr("expert days booked"), this))
    , m_overdue(new FigureTile(tr("follow-ups overdue today"), this))
    , m_labels(new FigureTile(tr("excellence labels expiring within 6 months"), this))
    , m_funnelView(chartView(this))
    , m_quarterView(chartView(this))
    , m_budgetView(chartView(this))
    , m_refreshDelay(new QTimer(this)) {
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Quarter:"), this));
    top->addWidget(m_quarter);
    top->addWidget(m_cluster);
    top->addStretch(1);

    m_changedQuarters->setObjectName(QStringLiteral("changedQuarters"));
    m_changedQuarters->setStyleSheet(QStringLiteral(
        "#changedQuarters { background: #fff4ce; border: 1px solid #e0b000; border-radius: 3px; }"));
    m_changedText->setWordWrap(true);
    auto* warning = new QHBoxLayout(m_changedQuarters);
    warning->addWidget(m_changedText, 1);
    m_changedQuarters->hide();

    auto* tiles = new QGridLayout;
    FigureTile* all[] = {m_seminars, m_visits, m_recommendations, m_support,
                         m_outcomes, m_effort, m_overdue,         m_labels};
    const char* names[] = {"seminars", "visits", "recommendations", "support",
                           "outcomes", "effort", "overdue",         "labels"};
    for (int i = 0; i < 8; ++i) {
        all[i]->setObjectName(QLatin1String(names[i]));
        tiles->addWidget(all[i], i / 4, i % 4);
    }

    auto* charts = new QGridLayout;
    charts->addWidget(m_funnelView, 0, 0);
    charts->addWidget(m_quarterView, 0, 1);
    charts->addWidget(m_budgetView, 1, 0, 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    m_budgetView->setMinimumHeight(230);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(charts, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_changedQuarters);
    layout->addWidget(scroll, 1);

    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(300);
    connect(m_refreshDelay, &QTimer::timeout, this, &DashboardScreen::refresh);
    connect(m_quarter, &QComboBox::activated, this, &DashboardScreen::refresh);
    connect(m_cluster, &ClusterFilter::clusterChanged, this, &DashboardScreen::refresh);
    connect(&session, &Session::recordsChanged, this, &DashboardScreen::onRecordsChanged);
    connect(&session, &Session::reloadNeeded, this, &DashboardScreen::onRecordsChanged);
    connect(m_seminars, &FigureTile::clicked, this, [this] { open(ScreenId::Seminars); });
    connect(m_visits, &FigureTile::clicked, this, [this] { open(ScreenId::Visits); });
    connect(m_recommendations, &FigureTile::clicked, this, [this] { open(ScreenId::Visits); });
    connect(m_support, &FigureTile::clicked, this, [this] { open(ScreenId::Support); });
    connect(m_outcomes, &FigureTile::clicked, this, [this] { open(ScreenId::Outcomes); });
    connect(m_effort, &FigureTile::clicked, this, [this] { open(ScreenId::Effort); });
    connect(m_overdue, &FigureTile::clicked, this, [this] { open(ScreenId::FollowUps); });
    connect(m_labels, &FigureTile::clicked, this, [this] { open(ScreenId::Clusters); });
    fillQuarters();
}

void DashboardScreen::fillQuarters() {
    DashboardQuery query(m_session.database());
    Date today = Date::today();
    Date latest = query.latestActivity(today).value_or(today);
    Date earliest = query.earliestActivity().value_or(today);
    m_quarter->clear();
    for (Period q = Period::quarterOf(today); q.to >= earliest || m_quarter->count() < 4;
         q = q.previousQuarter())
        m_quarter->addItem(QString::fromStdString(q.quarterLabel()),
                           QString::fromStdString(q.quarterLabel()));
    // A database of past years opens on its last busy quarter, not on an empty one.
    setQuarter(Period::quarterOf(latest));
}

void DashboardScreen::setQuarter(const Period& quarter) {
    int index = m_quarter->findData(QString::fromStdString(quarter.quarterLabel()));
    if (index < 0) {
        m_quarter->addItem(QString::fromStdString(quarter.quarterLabel()),
                           QString::fromStdString(quarter.quarterLabel()));
        index = m_quarter->count() - 1;
    }
    m_quarter->setCurrentIndex(index);
    m_stale = true;
    if (isVisible())
        refresh();
}

Period DashboardScreen::quarter() const {
    return Period::quarter(m_quarter->currentData().toString().toStdString());
}

FigureTile* DashboardScreen::tile(const QString& name) const {
    for (auto* t : findChildren<FigureTile*>())
        if (t->objectName() == name)
            return t;
    return nullptr;
}

QChart* DashboardScreen::funnelChart() const {
    return m_funnelView->chart();
}

void DashboardScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardScreen::onRecordsChanged() {
    m_stale = true;
    m_closedQuartersStale = true;
    if (isVisible())
        m_refreshDelay->start();
}

void DashboardScreen::open(ScreenId screen) {
    emit listRequested(screen, m_cluster->clusterId());
}

void DashboardScreen::setChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardScreen::refresh() {
    m_stale = false;
    Period period = quarter();
    Period previous = period.previousQuarter();
    std::string cluster = m_cluster->clusterId().toStdString();
    Date today = Date::today();
    OutputSummary now;
    OutputSummary before;
    OutputSummary sinceStart;
    try {
        now = computeOutputSummary(m_session.database(), period, cluster, today);
        before = computeOutputSummary(m_session.database(), previous, cluster, today);
        // Budgets are for the whole funnel: what was spent from the start up to the end of the quarter.
        sinceStart =
            computeOutputSummary(m_session.database(), Period{Date(2000, 1, 1), period.to}, cluster, today);
    } catch (const std::exception& e) {
        showError(this, tr("The dashboard could not be computed"), e);
        return;
    }
    const OutputFigures& f = now.totals;
    const OutputFigures& p = before.totals;
    QString was = tr("previous quarter: %1");
    m_seminars->setFigure(number(f.seminars), tr("companies: %1, people: %2 · %3")
                                                  .arg(f.seminarCompanies)
                                                  .arg(f.seminarParticipants)
                                                  .arg(was.arg(p.seminars)));
    int audits = 0;
    for (const auto& [kind, count] : f.audits)
        audits += count;
    m_visits->setFigure(number(f.visits), tr("audits: %1 · %2").arg(audits).arg(was.arg(p.visits)));
    m_recommendations->setFigure(number(f.recommendations), was.arg(p.recommendations));
    m_support->setFigure(number(supportMeasures(f)), was.arg(supportMeasures(p)));
    int outcomes = f.agreements + f.fundingApplications + f.certifications;
    m_outcomes->setFigure(number(outcomes), tr("agreements %1 · funding %2 · certifications %3")
                                                .arg(f.agreements)
                                                .arg(f.fundingApplications)
                                                .arg(f.certifications));
    m_effort->setFigure(number(f.expertDays, 1),
                        tr("%1 EUR · %2").arg(number(f.costEur), was.arg(number(p.expertDays, 1))));
    int overdue = FollowUpListQuery(m_session.database(), today).overdueCount(cluster);
    m_overdue->setFigure(number(overdue),
                         tr("response rate this quarter: %1")
                             .arg(f.followUps.responseRate
                                      ? QStringLiteral("%1 %").arg(qRound(*f.followUps.responseRate * 100))
                                      : tr("nobody contacted")));
    m_overdue->setAlert(overdue > 0);

    // "Within 6 months" counts from the quarter's reference day: looking back at a past quarter shows what
    // was about to expire then.
    Date from = now.referenceDate;
    auto labels = DashboardQuery(m_session.database())
                      .labelsExpiring(from, from.addMonths(kLabelWarningMonths), cluster);
    QStringList expiring;
    for (const auto& l : labels)
        expiring << tr("%1 (%2) on %3")
                        .arg(QString::fromStdString(l.cluster), labelLevelName(l.level).toLower(),
                             QString::fromStdString(l.expires));
    QString until = QString::fromStdString(from.addMonths(kLabelWarningMonths).toString());
    m_labels->setFigure(number(static_cast<double>(labels.size())),
                        labels.empty() ? tr("all valid until at least %1").arg(until)
                                       : expiring.join(QStringLiteral("; ")));
    m_labels->setAlert(!labels.empty());

    setChart(m_funnelView, ui::funnelChart(now.totals.funnel, [this](int stage) {
                 open(stage == 0 ? ScreenId::Seminars : stage == 1 ? ScreenId::Visits : ScreenId::Support);
             }));
    setChart(m_quarterView, quarterComparisonChart(f, p, QString::fromStdString(period.quarterLabel()),
                                                   QString::fromStdString(previous.quarterLabel()),
                                                   [this](OutputCategory c) {
                                                       switch (c) {
                                                       case OutputCategory::Seminars:
                                                       case OutputCategory::SeminarCompanies:
                                                           return open(ScreenId::Seminars);
                                                       case OutputCategory::Visits:
                                                       case OutputCategory::Recommendations:
                                                           return open(ScreenId::Visits);
                                                       case OutputCategory::Support:
                                                           return open(ScreenId::Support);
                                                       default:
                                                           return open(ScreenId::Outcomes);
                                                       }
                                                   }));
    setChart(m_budgetView, budgetChart(sinceStart.clusters, [this](int) { open(ScreenId::Effort); }));
    // The comparison reads whole closed quarters: only redone when records changed, not for another
    // quarter or cluster picked here.
    if (m_closedQuartersStale) {
        m_closedQuartersStale = false;
        showChangedQuarters(today);
    }
}

void DashboardScreen::showChangedQuarters(const Date& today) {
    std::vector<SentComparison> changed;
    try {
        for (auto& comparison : compareClosedQuarters(m_session.database(), today))
            if (!comparison.differences.empty())
                changed.push_back(std::move(comparison));
    } catch (const std::exception& e) {
        showError(this, tr("The closed quarters could not be compared with what was sent"), e);
    }
    for (auto* button : m_changedQuarters->findChildren<QPushButton*>())
        delete button;
    m_changedQuarters->setVisible(!changed.empty());
    if (changed.empty())
        return;
    QStringList names;
    for (const auto& c : changed) {
        const QString quarter = QString::fromStdString(c.closed.quarter);
        const int count = static_cast<int>(c.differences.size());
        names << (count == 1 ? tr("%1 (1 figure)").arg(quarter)
                             : tr("%1 (%2 figures)").arg(quarter).arg(count));
        auto* button = new QPushButton(tr("Open %1").arg(quarter), m_changedQuarters);
        button->setObjectName(QStringLiteral("open-") + quarter);
        button->setToolTip(tr("The report of %1 lists what was sent and what it is now").arg(quarter));
        connect(button, &QPushButton::clicked, this, [this, quarter] { emit reportRequested(quarter); });
        m_changedQuarters->layout()->addWidget(button);
    }
    m_changedText->setText(tr("Figures of closed quarters differ from what was sent to the funders: %1.")
                               .arg(names.join(QStringLiteral(", "))));
}

} // namespace clusterdesk::ui
