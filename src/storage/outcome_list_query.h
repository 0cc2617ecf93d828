#pragma once

#include "storage/list_query.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// One line of the outcomes list: a partnership agreement, a funding application or a certification.
struct OutcomeRow {
    std::string id;
    std::string kind; // agreement, funding, certification
    std::string date; // signed, submitted or awarded
    std::string title;
    std::string cluster;
    std::string who;    // the agreement's parties, or the company
    std::string status; // a funding application's status, else ""
    std::optional<double> amountEur;
    bool deleted = false;
};

class OutcomeListQuery {
public:
    enum Column { Date, Kind, Title, Cluster, Who, Status, Amount, ColumnCount };

    explicit OutcomeListQuery(Database& db)
        : m_db(db) {}

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<OutcomeRow> rows(const std::vector<std::string>& ids) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
