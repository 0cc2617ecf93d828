#include "storage/company_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kClusterNames = "(SELECT group_concat(name, '; ') FROM (SELECT cl.name FROM membership m "
                            "JOIN cluster cl ON cl.id = m.cluster_id WHERE m.company_id = c.id "
                            "AND m.deleted_at IS NULL AND cl.deleted_at IS NULL ORDER BY cl.name))";
}

std::vector<std::string> CompanyListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "c.id";
    spec.from = "company c";
    spec.deletedColumn = "c.deleted_at";
    spec.searchColumns = {"c.name", "c.fiscal_code", "c.city", "c.nace_code", "c.email"};
    spec.clusterCondition =
        "c.id IN (SELECT company_id FROM membership WHERE cluster_id = ? AND deleted_at IS NULL)";
    spec.sortKeys = {"c.name COLLATE NOCASE",
                     "c.fiscal_code",
                     "c.city COLLATE NOCASE",
                     "c.region",
                     "c.nace_code",
                     "CASE c.size_class WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 "
                     "WHEN 'large' THEN 4 END",
                     "c.headcount",
                     kClusterNames};
    return selectIds(m_db, spec, filter);
}

std::vector<CompanyRow> CompanyListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<CompanyRow> rows;
    std::string sql = std::string("SELECT c.id, c.name, c.fiscal_code, c.vat_registered, c.city, c.region, "
                                  "c.nace_code, c.size_class, c.headcount, ") +
                      kClusterNames + ", c.deleted_at IS NOT NULL FROM company c WHERE c.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        CompanyRow row;
        row.id = q.getColumn(0).getString();
        row.name = q.getColumn(1).getString();
        if (!q.getColumn(2).isNull())
            row.fiscalCode = (q.getColumn(3).getInt() ? "RO" : "") + q.getColumn(2).getString();
        row.city = q.getColumn(4).getString();
        row.region = q.getColumn(5).getString();
        row.naceCode = q.getColumn(6).getString();
        row.sizeClass = q.getColumn(7).getString();
        if (!q.getColumn(8).isNull())
            row.headcount = q.getColumn(8).getInt();
        row.clusters = q.getColumn(9).getString();
        row.deleted = q.getColumn(10).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
