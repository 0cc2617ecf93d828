#pragma once

#include "cli/arguments.h"
#include "domain/date.h"

#include <string>

namespace clusterdesk::cli {

// --quarter YYYY-Qn, or --from DATE --to DATE, or the quarter of today. UsageError when both forms are
// given or --from comes without --to; ValidationError naming the option when a value is malformed.
Period reportPeriod(const Arguments& args, const Date& today);

// A quarter written YYYY-Qn; ValidationError naming option otherwise.
Period parseQuarter(const std::string& text, const std::string& option);

// Writes bytes to path, replacing it; StorageError naming the path when it cannot be written.
void writeOutputFile(const std::string& path, const std::string& bytes);

} // namespace clusterdesk::cli
