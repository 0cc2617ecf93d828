#pragma once

#include "reports/quarterly_report.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// The figures of one part of the printed report (all clusters, or one cluster) in the three periods it
// shows, plus the series its charts draw. Built from a QuarterlyReport; the figures are toJson() objects
// so that every format reads them through the same ReportLine pointers.
struct ReportScope {
    std::string title; // "All clusters" or the cluster's name (Romanian letters fixed)
    bool isCluster = false;
    std::string label; // cluster only: the label level valid at the end of the period, and its expiry
    std::string labelExpires;
    std::optional<double> budgetDays; // all clusters: the sum of the clusters' budgets
    std::optional<double> budgetEur;
    nlohmann::json current;
    nlohmann::json previous;
    nlohmann::json yearToDate;
    FunnelFigures funnel;
    struct Quarter {
        std::string label; // "2016-Q3"
        OutputFigures figures;
    };
    std::vector<Quarter> quarters;
    std::vector<MonthEffort> effortByMonth; // the year to date, summed over the scope's clusters
    int lastMonth = 12;                     // the month the period ends in
};

// [0] is the report's own scope (all clusters, or its one cluster); in an all-clusters report one scope
// per cluster follows, in the order of the summary.
std::vector<ReportScope> reportScopes(const QuarterlyReport& report);

} // namespace clusterdesk
