#pragma once

#include "domain/output_summary.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace clusterdesk {

// One figure of a closed quarter that is no longer what was sent.
struct FigureDifference {
    std::string scope;  // "All clusters" or the cluster's name
    std::string figure; // as the report tables call it
    std::string sent;   // printed as in the report; "–" when absent
    std::string now;
};

// Compares the figures of a summary with the JSON sent when its quarter was closed (toJson of the
// all-clusters summary). allClusters: the summary covers every cluster, so its totals and any cluster
// added or deleted since count too; otherwise only the summary's clusters are compared.
std::vector<FigureDifference> compareWithSent(const nlohmann::json& sent, const OutputSummary& now,
                                              bool allClusters);

} // namespace clusterdesk
