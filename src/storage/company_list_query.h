#pragma once

#include "storage/list_query.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// One line of the companies list.
struct CompanyRow {
    std::string id;
    std::string name;
    std::string fiscalCode; // as written, with RO when VAT-registered
    std::string city;
    std::string region;
    std::string naceCode;
    std::string sizeClass; // micro, small, medium, large, unknown
    std::optional<int> headcount;
    std::string clusters; // names of the clusters it is a member of, "; "-separated
    bool deleted = false;
};

class CompanyListQuery {
public:
    enum Column { Name, FiscalCode, City, Region, Nace, Size, Headcount, Clusters, ColumnCount };

    explicit CompanyListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<CompanyRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
