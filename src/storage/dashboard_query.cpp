#include "storage/dashboard_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

std::vector<ExpiringLabel> DashboardQuery::labelsExpiring(const Date& from, const Date& to,
                                                          const std::string& clusterId) const {
    SQLite::Statement query(m_db.sql(), R"sql(
SELECT cl.id, cl.name, l.level, l.expires FROM excellence_label l JOIN cluster cl ON cl.id = l.cluster_id
 WHERE l.deleted_at IS NULL AND cl.deleted_at IS NULL AND l.expires BETWEEN ?1 AND ?2 AND (?3 = '' OR cl.id = ?3)
   AND NOT EXISTS (SELECT 1 FROM excellence_label newer WHERE newer.cluster_id = l.cluster_id
                   AND newer.deleted_at IS NULL AND newer.expires > l.expires)
 ORDER BY l.expires, cl.name COLLATE NOCASE)sql");
    query.bind(1, from.toString());
    query.bind(2, to.toString());
    query.bind(3, clusterId);
    std::vector<ExpiringLabel> labels;
    while (query.executeStep())
        labels.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                          query.getColumn(2).getString(), query.getColumn(3).getString()});
    return labels;
}

std::optional<Date> DashboardQuery::latestActivity(const Date& today) const {
    SQLite::Statement query(m_db.sql(), R"sql(
SELECT max(day) FROM (
  SELECT max(date) AS day FROM seminar WHERE deleted_at IS NULL AND date <= ?1
  UNION ALL SELECT max(date) FROM visit WHERE deleted_at IS NULL AND date <= ?1
  UNION ALL SELECT max(start_date) FROM support_measure WHERE deleted_at IS NULL AND start_date <= ?1
  UNION ALL SELECT max(date) FROM effort WHERE deleted_at IS NULL AND date <= ?1))sql");
    query.bind(1, today.toString());
    if (!query.executeStep() || query.getColumn(0).isNull())
        return std::nullopt;
    return Date::parse(query.getColumn(0).getString());
}

std::optional<Date> DashboardQuery::earliestActivity() const {
    SQLite::Statement query(m_db.sql(), R"sql(
SELECT min(day) FROM (
  SELECT min(date) AS day FROM seminar WHERE deleted_at IS NULL
  UNION ALL SELECT min(date) FROM visit WHERE deleted_at IS NULL
  UNION ALL SELECT min(start_date) FROM support_measure WHERE deleted_at IS NULL
  UNION ALL SELECT min(date) FROM effort WHERE deleted_at IS NULL))sql");
    if (!query.executeStep() || query.getColumn(0).isNull())
        return std::nullopt;
    return Date::parse(query.getColumn(0).getString());
}

} // namespace clusterdesk
