#pragma once

#include "domain/output_summary.h"

#include <QString>
#include <functional>

class QChart;

namespace clusterdesk::ui {

// The outputs compared quarter on quarter, in the order of the chart's categories.
enum class OutputCategory {
    Seminars,
    SeminarCompanies,
    Visits,
    Recommendations,
    Support,
    Agreements,
    Funding,
    Certifications,
};

// Support measures of every kind.
int supportMeasures(const OutputFigures& figures);

// Builders of the dashboard's charts from output-summary figures. The caller's chart view takes the chart;
// a click on a bar calls onClick with the bar's position (funnel stage 0..2, category, cluster index).
QChart* funnelChart(const FunnelFigures& funnel, const std::function<void(int stage)>& onClick);
QChart* quarterComparisonChart(const OutputFigures& current, const OutputFigures& previous,
                               const QString& currentLabel, const QString& previousLabel,
                               const std::function<void(OutputCategory)>& onClick);
// Expert days and euros spent up to the end of the period, in % of each cluster's budget for the funnel.
QChart* budgetChart(const std::vector<ClusterOutput>& clusters,
                    const std::function<void(int cluster)>& onClick);

} // namespace clusterdesk::ui
