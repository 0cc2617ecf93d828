#include "storage/measure_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kFrom = "support_measure m JOIN cluster cl ON cl.id = m.cluster_id LEFT JOIN measure_kind mk ON "
                    "mk.code = m.kind";
const char* kCompanies =
    "(SELECT group_concat(name, '; ') FROM (SELECT co.name FROM measure_company mc JOIN company "
    "co ON co.id = mc.company_id WHERE mc.measure_id = m.id AND co.deleted_at IS NULL ORDER BY "
    "co.name))";
} // namespace

std::vector<std::string> MeasureListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "m.id";
    spec.from = kFrom;
    spec.deletedColumn = "m.deleted_at";
    spec.condition = "cl.deleted_at IS NULL";
    spec.searchColumns = {"m.title", "mk.name", "cl.name", "m.outcome_notes", kCompanies};
    spec.clusterCondition = "m.cluster_id = ?";
    spec.sortKeys = {
        "m.start_date",
        "mk.name",
        "m.title COLLATE NOCASE",
        "cl.name COLLATE NOCASE",
        kCompanies,
        "CASE m.status WHEN 'planned' THEN 1 WHEN 'in_progress' THEN 2 WHEN 'done' THEN 3 ELSE 4 END",
        "m.end_date"};
    return selectIds(m_db, spec, filter);
}

std::vector<MeasureRow> MeasureListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<MeasureRow> rows;
    std::string sql =
        std::string("SELECT m.id, m.start_date, m.end_date, coalesce(mk.name, m.kind), m.title, "
                    "cl.name, ") +
        kCompanies + ", m.status, m.deleted_at IS NOT NULL FROM " + kFrom + " WHERE m.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        MeasureRow row;
        row.id = q.getColumn(0).getString();
        row.startDate = q.getColumn(1).getString();
        row.endDate = q.getColumn(2).getString();
        row.kind = q.getColumn(3).getString();
        row.title = q.getColumn(4).getString();
        row.cluster = q.getColumn(5).getString();
        row.companies = q.getColumn(6).getString();
        row.status = q.getColumn(7).getString();
        row.deleted = q.getColumn(8).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
