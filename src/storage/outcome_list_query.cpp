#include "storage/outcome_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
// The three kinds of outcome as one table.
const char* kFrom =
    "(SELECT 'agreement' AS kind, a.id, a.deleted_at, a.date, a.title, a.cluster_id, a.parties AS who, "
    "NULL AS status, NULL AS amount FROM agreement a "
    "UNION ALL SELECT 'funding', f.id, f.deleted_at, f.submitted_on, coalesce(f.title, i.name), "
    "f.cluster_id, "
    "co.name, f.status, f.amount_eur FROM funding_application f LEFT JOIN instrument i ON i.code = "
    "f.instrument_code LEFT JOIN company co ON co.id = f.company_id AND co.deleted_at IS NULL "
    "UNION ALL SELECT 'certification', c.id, c.deleted_at, c.awarded_on, c.name, c.cluster_id, co.name, "
    "NULL, NULL "
    "FROM certification c JOIN company co ON co.id = c.company_id AND co.deleted_at IS NULL) o "
    "JOIN cluster cl ON cl.id = o.cluster_id";
} // namespace

std::vector<std::string> OutcomeListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "o.id";
    spec.from = kFrom;
    spec.deletedColumn = "o.deleted_at";
    spec.condition = "cl.deleted_at IS NULL";
    spec.searchColumns = {"o.title", "o.who", "cl.name", "o.date"};
    spec.clusterCondition = "o.cluster_id = ?";
    spec.sortKeys = {
        "o.date",   "o.kind",  "o.title COLLATE NOCASE", "cl.name COLLATE NOCASE", "o.who COLLATE NOCASE",
        "o.status", "o.amount"};
    return selectIds(m_db, spec, filter);
}

std::vector<OutcomeRow> OutcomeListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<OutcomeRow> rows;
    std::string sql = std::string("SELECT o.id, o.kind, o.date, o.title, cl.name, o.who, o.status, o.amount, "
                                  "o.deleted_at IS NOT NULL FROM ") +
                      kFrom + " WHERE o.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        OutcomeRow row;
        row.id = q.getColumn(0).getString();
        row.kind = q.getColumn(1).getString();
        row.date = q.getColumn(2).getString();
        row.title = q.getColumn(3).getString();
        row.cluster = q.getColumn(4).getString();
        row.who = q.getColumn(5).getString();
        row.status = q.getColumn(6).getString();
        if (!q.getColumn(7).isNull())
            row.amountEur = q.getColumn(7).getDouble();
        row.deleted = q.getColumn(8).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
