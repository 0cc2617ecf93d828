#pragma once

#include "app/screen_id.h"
#include "domain/date.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QFrame;
class QLabel;
class QTimer;

namespace clusterdesk::ui {

class ClusterFilter;
class FigureTile;
class Session;
struct RecordRef;

// The funnel at a glance for one cluster or all: a quarter's outputs beside the previous quarter's, the
// funnel, the budget used, overdue follow-ups and labels about to expire. Every figure opens its list.
class DashboardScreen : public QWidget {
    Q_OBJECT
public:
    explicit DashboardScreen(Session& session, QWidget* parent = nullptr);

    void setQuarter(const Period& quarter);
    Period quarter() const;
    ClusterFilter* clusterFilter() const { return m_cluster; }
    FigureTile* tile(const QString& name) const;
    QChart* funnelChart() const;
    // The warning about closed quarters whose figures changed since they were sent; hidden when none.
    QFrame* changedQuartersWarning() const { return m_changedQuarters; }
    void refresh();

signals:
    // Open the list behind a figure, filtered to the cluster shown.
    void listRequested(ScreenId screen, const QString& clusterId);
    // Open the Reports screen on a quarter ("2016-Q3").
    void reportRequested(const QString& quarter);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillQuarters();
    void open(ScreenId screen);
    void setChart(QChartView* view, QChart* chart);
    void onRecordsChanged();
    void showChangedQuarters(const Date& today);

    Session& m_session;
    ClusterFilter* m_cluster;
    QComboBox* m_quarter;
    QFrame* m_changedQuarters;
    QLabel* m_changedText;
    FigureTile* m_seminars;
    FigureTile* m_visits;
    FigureTile* m_recommendations;
    FigureTile* m_support;
    FigureTile* m_outcomes;
    FigureTile* m_effort;
    FigureTile* m_overdue;
    FigureTile* m_labels;
    QChartView* m_funnelView;
    QChartView* m_quarterView;
    QChartView* m_budgetView;
    QTimer* m_refreshDelay;
    bool m_stale = true;
    bool m_closedQuartersStale = true;
};

} // namespace clusterdesk::ui
