#include "storage/follow_up_list_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kFrom =
    "follow_up f JOIN company co ON co.id = f.company_id JOIN cluster cl ON cl.id = f.cluster_id "
    "LEFT JOIN person o ON o.id = f.owner_id AND o.deleted_at IS NULL";
const char* kLive = "co.deleted_at IS NULL AND cl.deleted_at IS NULL";
const char* kAttempts =
    "(SELECT count(*) FROM contact_attempt a WHERE a.follow_up_id = f.id AND a.deleted_at IS NULL)";
const char* kAnswered =
    "(SELECT count(*) FROM contact_attempt a WHERE a.follow_up_id = f.id AND a.deleted_at IS "
    "NULL AND a.answered)";
const char* kLast =
    "(SELECT max(a.date) FROM contact_attempt a WHERE a.follow_up_id = f.id AND a.deleted_at IS NULL)";
} // namespace

std::vector<std::string> FollowUpListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "f.id";
    spec.from = kFrom;
    spec.deletedColumn = "f.deleted_at";
    spec.condition = kLive;
    switch (m_scope) {
    case Scope::DueSoon:
        spec.condition += " AND f.status = 'open' AND f.due_date <= ?";
        spec.conditionBinds.emplace_back(m_today.addDays(kDueSoonDays).toString());
        break;
    case Scope::Overdue:
        spec.condition += " AND f.status = 'open' AND f.due_date < ?";
        spec.conditionBinds.emplace_back(m_today.toString());
        break;
    case Scope::Open:
        spec.condition += " AND f.status = 'open'";
        break;
    case Scope::All:
        break;
    }
    spec.searchColumns = {"f.title", "co.name", "cl.name", "o.name", "f.due_date"};
    spec.clusterCondition = "f.cluster_id = ?";
    spec.sortKeys = {"f.due_date",
                     "f.title COLLATE NOCASE",
                     "co.name COLLATE NOCASE",
                     "cl.name COLLATE NOCASE",
                     "o.name COLLATE NOCASE",
                     "f.status",
                     kAttempts,
                     kLast};
    return selectIds(m_db, spec, filter);
}

std::vector<FollowUpRow> FollowUpListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<FollowUpRow> rows;
    std::string sql = std::string("SELECT f.id, f.due_date, f.title, co.name, cl.name, o.name, f.status, ") +
                      kAttempts + ", " + kAnswered + ", " + kLast + ", f.deleted_at IS NOT NULL FROM " +
                      kFrom + " WHERE f.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        FollowUpRow row;
        row.id = q.getColumn(0).getString();
        row.dueDate = q.getColumn(1).getString();
        row.title = q.getColumn(2).getString();
        row.company = q.getColumn(3).getString();
        row.cluster = q.getColumn(4).getString();
        row.owner = q.getColumn(5).getString();
        row.status = q.getColumn(6).getString();
        row.attempts = q.getColumn(7).getInt();
        row.answered = q.getColumn(8).getInt();
        row.lastAttempt = q.getColumn(9).getString();
        row.deleted = q.getColumn(10).getInt() != 0;
        row.overdue = row.status == "open" && row.dueDate < m_today.toString();
        rows.push_back(std::move(row));
    });
    return rows;
}

int FollowUpListQuery::overdueCount(const std::string& clusterId) const {
    SQLite::Statement query(m_db.sql(), std::string("SELECT count(*) FROM ") + kFrom +
                                            " WHERE f.deleted_at IS NULL AND " + kLive +
                                            " AND f.status = 'open' AND f.due_date < ?1 AND (?2 = '' OR "
                                            "f.cluster_id = ?2)");
    query.bind(1, m_today.toString());
    query.bind(2, clusterId);
    query.executeStep();
    return query.getColumn(0).getInt();
}

} // namespace clusterdesk
