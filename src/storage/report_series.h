#pragma once

#include "domain/date.h"

#include <map>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

struct MonthEffort {
    int month = 0; // 1..12
    double days = 0;
    double costEur = 0;
};

// Expert days and cost by calendar month of the period (for the budget-burn chart), by live cluster id
// (every live cluster, or only clusterId), under the same rules as the output summary's resources.
std::map<std::string, std::vector<MonthEffort>> effortByMonth(Database& db, const Period& period,
                                                              const std::string& clusterId);

} // namespace clusterdesk
