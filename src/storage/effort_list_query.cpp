#include "storage/effort_list_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kFrom = "effort e JOIN person p ON p.id = e.person_id JOIN cluster cl ON cl.id = e.cluster_id";
const char* kCost = "e.days * coalesce(e.day_rate_eur, 0)";
} // namespace

std::vector<std::string> EffortListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "e.id";
    spec.from = kFrom;
    spec.deletedColumn = "e.deleted_at";
    spec.condition = "cl.deleted_at IS NULL";
    spec.searchColumns = {"p.name", "cl.name", "e.note", "e.date"};
    spec.clusterCondition = "e.cluster_id = ?";
    spec.sortKeys = {"e.date",
                     "p.name COLLATE NOCASE",
                     "cl.name COLLATE NOCASE",
                     "e.phase",
                     "e.days",
                     "e.day_rate_eur",
                     kCost,
                     "e.note"};
    return selectIds(m_db, spec, filter);
}

std::vector<EffortRow> EffortListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<EffortRow> rows;
    std::string sql = std::string("SELECT e.id, e.date, p.name, cl.name, e.phase, e.days, e.day_rate_eur, ") +
                      kCost + ", e.note, e.deleted_at IS NOT NULL FROM " + kFrom + " WHERE e.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        EffortRow row;
        row.id = q.getColumn(0).getString();
        row.date = q.getColumn(1).getString();
        row.person = q.getColumn(2).getString();
        row.cluster = q.getColumn(3).getString();
        row.phase = q.getColumn(4).getInt();
        row.days = q.getColumn(5).getDouble();
        if (!q.getColumn(6).isNull())
            row.dayRateEur = q.getColumn(6).getDouble();
        row.costEur = q.getColumn(7).getDouble();
        row.note = q.getColumn(8).getString();
        row.deleted = q.getColumn(9).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

std::vector<ClusterBudget> EffortListQuery::budgets(const std::string& clusterId) const {
    SQLite::Statement query(m_db.sql(),
                            std::string("SELECT cl.id, cl.name, cl.budget_days, cl.budget_eur, "
                                        "coalesce(sum(e.days), 0), coalesce(sum(") +
                                kCost +
                                "), 0) FROM cluster cl LEFT JOIN effort e ON e.cluster_id = cl.id AND "
                                "e.deleted_at IS NULL WHERE cl.deleted_at IS NULL AND (?1 = '' OR "
                                "cl.id = ?1) GROUP BY cl.id ORDER BY cl.name COLLATE NOCASE");
    query.bind(1, clusterId);
    std::vector<ClusterBudget> budgets;
    while (query.executeStep()) {
        ClusterBudget b;
        b.clusterId = query.getColumn(0).getString();
        b.cluster = query.getColumn(1).getString();
        if (!query.getColumn(2).isNull())
            b.budgetDays = query.getColumn(2).getDouble();
        if (!query.getColumn(3).isNull())
            b.budgetEur = query.getColumn(3).getDouble();
        b.days = query.getColumn(4).getDouble();
        b.costEur = query.getColumn(5).getDouble();
        budgets.push_back(std::move(b));
    }
    return budgets;
}

} // namespace clusterdesk
