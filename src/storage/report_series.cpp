#include "storage/report_series.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

std::map<std::string, std::vector<MonthEffort>> effortByMonth(Database& db, const Period& period,
                                                              const std::string& clusterId) {
    SQLite::Statement query(db.sql(), std::string(R"sql(
SELECT c.id, CAST(substr(e.date, 6, 2) AS INTEGER), sum(e.days), sum(e.days * coalesce(e.day_rate_eur, 0))
  FROM cluster c
  JOIN effort e ON e.cluster_id = c.id AND e.deleted_at IS NULL AND e.date BETWEEN :from AND :to
  JOIN person p ON p.id = e.person_id AND p.deleted_at IS NULL
 WHERE c.deleted_at IS NULL)sql") + (clusterId.empty() ? "" : " AND c.id = :cluster") +
                                          " GROUP BY 1, 2 ORDER BY 1, 2");
    query.bind(":from", period.from.toString());
    query.bind(":to", period.to.toString());
    if (!clusterId.empty())
        query.bind(":cluster", clusterId);
    std::map<std::string, std::vector<MonthEffort>> byCluster;
    while (query.executeStep())
        byCluster[query.getColumn(0).getString()].push_back(
            {query.getColumn(1).getInt(), query.getColumn(2).getDouble(), query.getColumn(3).getDouble()});
    return byCluster;
}

} // namespace clusterdesk
