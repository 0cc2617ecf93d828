#include "storage/cluster_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kMembers = "(SELECT count(*) FROM membership m JOIN company co ON co.id = m.company_id "
                       "WHERE m.cluster_id = cl.id AND m.deleted_at IS NULL AND co.deleted_at IS NULL)";
const char* kNewestLabel = "(SELECT id FROM excellence_label l WHERE l.cluster_id = cl.id AND "
                           "l.deleted_at IS NULL ORDER BY l.expires DESC LIMIT 1)";
} // namespace

std::vector<std::string> ClusterListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "cl.id";
    spec.from = "cluster cl";
    spec.deletedColumn = "cl.deleted_at";
    spec.searchColumns = {"cl.name", "cl.sector", "cl.organisation", "cl.region"};
    spec.clusterCondition = "cl.id = ?";
    std::string label = std::string("(SELECT level FROM excellence_label WHERE id = ") + kNewestLabel + ")";
    std::string expires =
        std::string("(SELECT expires FROM excellence_label WHERE id = ") + kNewestLabel + ")";
    spec.sortKeys = {"cl.name COLLATE NOCASE",
                     "cl.sector COLLATE NOCASE",
                     "cl.region",
                     "cl.organisation COLLATE NOCASE",
                     kMembers,
                     label,
                     expires};
    return selectIds(m_db, spec, filter);
}

std::vector<ClusterRow> ClusterListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<ClusterRow> rows;
    std::string sql = std::string("SELECT cl.id, cl.name, cl.sector, cl.region, cl.organisation, ") +
                      kMembers +
                      ", l.level, l.expires, cl.budget_days, cl.budget_eur, cl.deleted_at IS NOT NULL "
                      "FROM cluster cl LEFT JOIN excellence_label l ON l.id = " +
                      kNewestLabel + " WHERE cl.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        ClusterRow row;
        row.id = q.getColumn(0).getString();
        row.name = q.getColumn(1).getString();
        row.sector = q.getColumn(2).getString();
        row.region = q.getColumn(3).getString();
        row.organisation = q.getColumn(4).getString();
        row.members = q.getColumn(5).getInt();
        row.label = q.getColumn(6).getString();
        row.labelExpires = q.getColumn(7).getString();
        if (!q.getColumn(8).isNull())
            row.budgetDays = q.getColumn(8).getDouble();
        if (!q.getColumn(9).isNull())
            row.budgetEur = q.getColumn(9).getDouble();
        row.deleted = q.getColumn(10).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
