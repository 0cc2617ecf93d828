#pragma once

#include "storage/list_query.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// One line of the effort list: expert days booked.
struct EffortRow {
    std::string id;
    std::string date;
    std::string person;
    std::string cluster;
    int phase = 1;
    double days = 0;
    std::optional<double> dayRateEur;
    double costEur = 0;
    std::string note;
    bool deleted = false;
};

// What a cluster was given for the funnel and what has been booked against it so far.
struct ClusterBudget {
    std::string clusterId;
    std::string cluster;
    std::optional<double> budgetDays;
    std::optional<double> budgetEur;
    double days = 0;
    double costEur = 0;
};

class EffortListQuery {
public:
    enum Column { Date, Person, Cluster, Phase, Days, DayRate, Cost, Note, ColumnCount };

    explicit EffortListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<EffortRow> rows(const std::vector<std::string>& ids) const;
    // Every live cluster (or the one given), by name, with its booked days and costs.
    std::vector<ClusterBudget> budgets(const std::string& clusterId = {}) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
