#pragma once

#include "domain/output_summary.h"

#include <nlohmann/json.hpp>

namespace clusterdesk {

// The output summary as the JSON of `clusterdesk-cli report --format json` (keys in docs/cli.md):
// period, totals, clusters (each with id, name, label, label_expires, budget_days, budget_eur and the
// figures), generated_on, reference_date. Amounts are rounded to cents, days to hundredths.
nlohmann::json toJson(const OutputSummary& summary);
nlohmann::json toJson(const OutputFigures& figures);

} // namespace clusterdesk
