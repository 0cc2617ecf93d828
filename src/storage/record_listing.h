#pragma once

#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// A plain table of text for listing records in the CLI (and exporting lists): headers are stable
// snake_case names so csv and json output can be read by scripts.
struct Listing {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};

// kind: clusters, companies, seminars, visits, measures, follow-ups. clusterId "" = all clusters.
// Throws ValidationError for an unknown kind.
Listing listRecords(Database& db, const std::string& kind, const std::string& clusterId);
std::vector<std::string> listableKinds();

} // namespace clusterdesk
