#pragma once

#include "domain/output_summary.h"
#include "reports/figure_differences.h"
#include "storage/closed_quarters.h"
#include "storage/report_series.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// Everything the printed output summary (PDF, HTML) shows: the figures of the period beside the
// previous quarter and the year to date, the series behind the charts, and, for a closed quarter, what
// was sent and which figures differ from it now. Plain data, gathered once, rendered many ways.
struct QuarterlyReport {
    std::string organisationName;
    std::string clusterId; // "" = all clusters
    OutputSummary current;
    OutputSummary previousQuarter;
    OutputSummary yearToDate;
    // The four quarters ending with the one the period ends in, oldest first (outputs by quarter; the
    // funnel is computed only where a quarter is the period or the previous quarter).
    std::vector<OutputSummary> recentQuarters;
    // Expert days and cost by month of the year to date, by cluster id (budget burn).
    std::map<std::string, std::vector<MonthEffort>> effortByMonth;
    std::optional<ClosedQuarter> closed; // when the period is a closed quarter
    std::vector<FigureDifference> differences;
};

// Runs the queries of the report. organisation_name comes from the database setting of that name.
QuarterlyReport buildQuarterlyReport(Database& db, const Period& period, const std::string& clusterId,
                                     const Date& today);

// For a period that is a closed quarter: what was sent and which figures of summary differ from it now
// (summary for all clusters when clusterId is ""). nullopt when the period is not a closed quarter.
struct SentComparison {
    ClosedQuarter closed;
    std::vector<FigureDifference> differences;
};
std::optional<SentComparison> compareWithClosedQuarter(Database& db, const OutputSummary& summary,
                                                       const std::string& clusterId);

// "1 July – 30 September 2016" or "2016-Q3 (1 July – 30 September 2016)" for a quarter.
std::string periodTitle(const Period& period);
std::string longDate(const Date& date); // "30 September 2016"

} // namespace clusterdesk
