#pragma once

#include "storage/list_query.h"

#include <string>
#include <vector>

namespace clusterdesk {

// One line of the seminars list, with its attendance counts.
struct SeminarRow {
    std::string id;
    std::string date;
    std::string title;
    std::string place;
    std::string clusters; // organising clusters' names, "; "-separated
    int companies = 0;    // distinct companies that attended
    int people = 0;       // distinct people that attended
    int registered = 0;   // attendance records still "registered"
    bool deleted = false;
};

class SeminarListQuery {
public:
    enum Column { Date, Title, Place, Clusters, Companies, People, Registered, ColumnCount };

    explicit SeminarListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<SeminarRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
