#pragma once

#include "domain/date.h"
#include "storage/list_query.h"

#include <string>
#include <vector>

namespace clusterdesk {

// One line of the follow-ups list.
struct FollowUpRow {
    std::string id;
    std::string dueDate;
    std::string title;
    std::string company;
    std::string cluster;
    std::string owner;
    std::string status; // open, done, cancelled
    int attempts = 0;
    int answered = 0;
    std::string lastAttempt; // date of the latest contact attempt, or ""
    bool overdue = false;    // open and due before the query's today
    bool deleted = false;
};

// Follow-ups, by default those still open and due within two weeks or overdue.
class FollowUpListQuery {
public:
    enum Column { Due, Title, Company, Cluster, Owner, Status, Attempts, LastAttempt, ColumnCount };
    enum class Scope { DueSoon, Overdue, Open, All };
    static constexpr int kDueSoonDays = 14;

    explicit FollowUpListQuery(Database& db, Date today = Date::today())
        : m_db(db)
        , m_today(today) {}

    void setScope(Scope scope) { m_scope = scope; }
    Scope scope() const { return m_scope; }
    void setToday(const Date& today) { m_today = today; }
    const Date& today() const { return m_today; }

    std::vector<std::string> ids(const ListFilter& filter) const;
    std::vector<FollowUpRow> rows(const std::vector<std::string>& ids) const;
    // Open follow-ups due before today, of live companies and clusters (of one cluster, when given).
    int overdueCount(const std::string& clusterId = {}) const;

private:
    Database& m_db;
    Date m_today;
    Scope m_scope = Scope::DueSoon;
};

} // namespace clusterdesk
