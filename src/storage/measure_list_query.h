#pragma once

#include "storage/list_query.h"

#include <string>
#include <vector>

namespace clusterdesk {

// One line of the enhanced-support list.
struct MeasureRow {
    std::string id;
    std::string startDate;
    std::string endDate;
    std::string kind; // the catalogue name
    std::string title;
    std::string cluster;
    std::string companies; // names, "; "-separated
    std::string status;    // planned, in_progress, done, cancelled
    bool deleted = false;
};

class MeasureListQuery {
public:
    enum Column { Start, Kind, Title, Cluster, Companies, Status, End, ColumnCount };

    explicit MeasureListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<MeasureRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
