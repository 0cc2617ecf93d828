#pragma once

#include "storage/list_query.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// One line of the clusters list.
struct ClusterRow {
    std::string id;
    std::string name;
    std::string sector;
    std::string region;
    std::string organisation;
    int members = 0;
    std::string label;        // level of the newest excellence label, or ""
    std::string labelExpires; // its expiry date, or ""
    std::optional<double> budgetDays;
    std::optional<double> budgetEur;
    bool deleted = false;
};

class ClusterListQuery {
public:
    enum Column { Name, Sector, Region, Organisation, Members, Label, LabelExpires, ColumnCount };

    explicit ClusterListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<ClusterRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
