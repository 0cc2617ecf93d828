#pragma once

#include "storage/list_query.h"

#include <string>
#include <vector>

namespace clusterdesk {

// One line of the people list.
struct PersonRow {
    std::string id;
    std::string name;
    std::string employer; // the company's or cluster's name, or the organisation named
    std::string jobTitle;
    std::string email;
    std::string phone;
    std::string staffRole;    // none, cluster_manager, consultant
    std::string consentGiven; // date, or ""
    bool deleted = false;
};

// People; "in a cluster" means working for one of its member companies or for the cluster itself.
class PersonListQuery {
public:
    enum Column { Name, Employer, JobTitle, Email, Phone, StaffRole, Consent, ColumnCount };

    explicit PersonListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<PersonRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
