#pragma once

#include "domain/output_summary.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace clusterdesk {

// How a figure is written: counts as integers, days and euros with at most two decimals, a ratio as a
// percentage in print and as a fraction in data files, text as it is.
enum class FigureKind { Count, Days, Euro, Ratio, Text };

// One line of a report table: where its value is in a figures object of toJson() (a JSON pointer such
// as "/follow_ups/open") and what readers call it.
struct ReportLine {
    std::string pointer;
    std::string label;
    FigureKind kind = FigureKind::Count;
};

struct ReportSection {
    std::string key; // stable: "outputs", "audits", ...
    std::string title;
    std::vector<ReportLine> lines;
    bool perCluster = false;   // label and budget: a property of each cluster, summed budgets in totals
    bool hideZeroRows = false; // in print, leave out the keys that are zero in every column
};

// The sections of the output summary in the order every format shows them (CSV, HTML, PDF, the
// differences from a closed quarter). Figures kept as maps list the keys of the totals, which hold
// every key any cluster has.
std::vector<ReportSection> reportSections(const OutputSummary& summary);

// The value of line in one figures object (a "totals" or "clusters" element of toJson()); 0 for a key
// that a map figure of this object does not have, null when the object has no such figure.
nlohmann::json figureValue(const nlohmann::json& figures, const ReportLine& line);

// The value of a perCluster line for the totals column: the sum of the clusters' budgets, or null.
nlohmann::json totalOfClusters(const nlohmann::json& clusters, const ReportLine& line);

// "business_review" -> "Business review": for codes that have no catalogue name.
std::string readableCode(const std::string& code);

} // namespace clusterdesk
