#pragma once

#include "domain/output_summary.h"

#include <string>

namespace clusterdesk {

// The output summary as a spreadsheet opens it: UTF-8 with a byte-order mark (so that spreadsheet
// programs read Romanian letters right), one table per section of reportSections(), each a title line,
// a header line "metric,total,<cluster>..." and one row per figure, with a blank line between tables.
// The first table says which period and clusters the figures are for.
std::string toCsv(const OutputSummary& summary);

} // namespace clusterdesk
