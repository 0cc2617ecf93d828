#pragma once

#include "domain/date.h"
#include "domain/output_summary.h"

#include <string>

namespace clusterdesk {

class Database;

// The output summary of a period, every figure an aggregate query (see report_figure_queries.cpp for
// the definitions). clusterId "" = all live clusters: totals count a record once even when two clusters
// share it, and clusters holds one ClusterOutput per live cluster ordered by name. A cluster id = only
// that cluster: totals are its figures and clusters holds just it. Throws NotFoundError for an unknown
// or deleted cluster id. Follow-ups are judged overdue on min(today, period.to + 1 day).
OutputSummary computeOutputSummary(Database& db, const Period& period, const std::string& clusterId,
                                   const Date& today);

// Which figures to compute, for callers that show only some (the funnel reads every record up to the end
// of the period, by far the dearest query). Figures left out stay zero.
struct SummaryParts {
    bool funnel = true;
};
OutputSummary computeOutputSummary(Database& db, const Period& period, const std::string& clusterId,
                                   const Date& today, const SummaryParts& parts);

} // namespace clusterdesk
