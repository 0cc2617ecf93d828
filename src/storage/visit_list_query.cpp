#include "storage/visit_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kFrom = "visit v JOIN company co ON co.id = v.company_id JOIN cluster cl ON cl.id = v.cluster_id "
                    "LEFT JOIN audit_kind ak ON ak.code = v.audit_kind";
const char* kStaff =
    "(SELECT group_concat(name, '; ') FROM (SELECT p.name FROM visit_staff vs JOIN person p ON "
    "p.id = vs.person_id WHERE vs.visit_id = v.id AND p.deleted_at IS NULL ORDER BY p.name))";
const char* kRecommendations = "(SELECT count(*) FROM recommendation r WHERE r.visit_id = v.id AND "
                               "r.deleted_at IS NULL)";
const char* kOpen = "(SELECT count(*) FROM recommendation r WHERE r.visit_id = v.id AND r.deleted_at IS NULL "
                    "AND r.status IN ('proposed', 'accepted', 'in_progress'))";
} // namespace

std::vector<std::string> VisitListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "v.id";
    spec.from = kFrom;
    spec.deletedColumn = "v.deleted_at";
    // A visit of a deleted company or cluster is gone with it.
    spec.condition = "co.deleted_at IS NULL AND cl.deleted_at IS NULL";
    spec.searchColumns = {"co.name", "cl.name", "ak.name", "v.findings", "v.date"};
    spec.clusterCondition = "v.cluster_id = ?";
    spec.sortKeys = {"v.date", "co.name COLLATE NOCASE", "cl.name COLLATE NOCASE", "ak.name",
                     kStaff,   kRecommendations};
    return selectIds(m_db, spec, filter);
}

std::vector<VisitRow> VisitListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<VisitRow> rows;
    std::string sql =
        std::string("SELECT v.id, v.date, co.name, cl.name, coalesce(ak.name, v.audit_kind), ") + kStaff +
        ", " + kRecommendations + ", " + kOpen + ", v.deleted_at IS NOT NULL FROM " + kFrom +
        " WHERE v.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        VisitRow row;
        row.id = q.getColumn(0).getString();
        row.date = q.getColumn(1).getString();
        row.company = q.getColumn(2).getString();
        row.cluster = q.getColumn(3).getString();
        row.auditKind = q.getColumn(4).getString();
        row.staff = q.getColumn(5).getString();
        row.recommendations = q.getColumn(6).getInt();
        row.openRecommendations = q.getColumn(7).getInt();
        row.deleted = q.getColumn(8).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
