#pragma once

#include <string>

namespace clusterdesk {

// Sends spdlog's default logger to a rotating file (1 MiB x 3) in the app's data folder. Messages name
// record ids and counts, never personal data (names, emails, phone numbers).
void setUpLogging(const std::string& programName);

} // namespace clusterdesk
