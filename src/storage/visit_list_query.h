#pragma once

#include "storage/list_query.h"

#include <string>
#include <vector>

namespace clusterdesk {

// One line of the visits list.
struct VisitRow {
    std::string id;
    std::string date;
    std::string company;
    std::string cluster;
    std::string auditKind; // its catalogue name
    std::string staff;     // names, "; "-separated
    int recommendations = 0;
    int openRecommendations = 0; // proposed, accepted or in progress
    bool deleted = false;
};

class VisitListQuery {
public:
    enum Column { Date, Company, Cluster, AuditKind, Staff, Recommendations, ColumnCount };

    explicit VisitListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<VisitRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
