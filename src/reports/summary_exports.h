#pragma once

#include "domain/output_summary.h"
#include "reports/quarterly_report.h"

#include <optional>
#include <string>

namespace clusterdesk {

// The output summary as the CSV and JSON files that `clusterdesk-cli report` and the Reports screen
// write. For a closed quarter, what was sent and the figures that differ from it follow: a last CSV
// table "Changes since ... was sent", a "closed_quarter" object in the JSON.
std::string summaryCsvFile(const OutputSummary& summary, const std::optional<SentComparison>& closed);
std::string summaryJsonFile(const OutputSummary& summary, const std::optional<SentComparison>& closed);

// What a report carries about its closed quarter, for the two above; nullopt when it is not one.
std::optional<SentComparison> sentComparisonOf(const QuarterlyReport& report);

} // namespace clusterdesk
