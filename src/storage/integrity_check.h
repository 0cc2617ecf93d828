#pragma once

#include <string>
#include <vector>

namespace clusterdesk {

class Database;

struct IntegrityProblem {
    std::string where; // "company 5f0c…" or "database"
    std::string message;
};

// SQLite's integrity and foreign-key checks plus ClusterDesk's own invariants: every live record passes
// the domain's validation, no live record points at a deleted one, derived columns match their rule.
std::vector<IntegrityProblem> checkIntegrity(Database& db);

} // namespace clusterdesk
