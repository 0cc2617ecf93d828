#include "storage/seminar_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kClusterNames = "(SELECT group_concat(name, '; ') FROM (SELECT cl.name FROM seminar_cluster sc "
                            "JOIN cluster cl ON cl.id = sc.cluster_id WHERE sc.seminar_id = s.id "
                            "AND cl.deleted_at IS NULL ORDER BY cl.name))";
// Attendance of live companies (and, for people, live people) only.
const char* kCompanies = "(SELECT count(DISTINCT a.company_id) FROM attendance a JOIN company c ON c.id = "
                         "a.company_id WHERE a.seminar_id = s.id AND a.status = 'attended' AND "
                         "a.deleted_at IS NULL AND c.deleted_at IS NULL)";
const char* kPeople =
    "(SELECT count(DISTINCT a.person_id) FROM attendance a JOIN person p ON p.id = a.person_id "
    "JOIN company c ON c.id = a.company_id WHERE a.seminar_id = s.id AND a.status = "
    "'attended' AND a.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL)";
const char* kRegistered = "(SELECT count(*) FROM attendance a JOIN company c ON c.id = a.company_id WHERE "
                          "a.seminar_id = s.id AND a.status = 'registered' AND a.deleted_at IS NULL AND "
                          "c.deleted_at IS NULL)";
} // namespace

std::vector<std::string> SeminarListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "s.id";
    spec.from = "seminar s";
    spec.deletedColumn = "s.deleted_at";
    spec.searchColumns = {"s.title", "s.place", "s.topics", "s.presenters", "s.date"};
    spec.clusterCondition = "s.id IN (SELECT seminar_id FROM seminar_cluster WHERE cluster_id = ?)";
    spec.sortKeys = {
        "s.date",   "s.title COLLATE NOCASE", "s.place COLLATE NOCASE", kClusterNames, kCompanies, kPeople,
        kRegistered};
    return selectIds(m_db, spec, filter);
}

std::vector<SeminarRow> SeminarListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<SeminarRow> rows;
    std::string sql = std::string("SELECT s.id, s.date, s.title, s.place, ") + kClusterNames + ", " +
                      kCompanies + ", " + kPeople + ", " + kRegistered +
                      ", s.deleted_at IS NOT NULL FROM seminar s WHERE s.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        SeminarRow row;
        row.id = q.getColumn(0).getString();
        row.date = q.getColumn(1).getString();
        row.title = q.getColumn(2).getString();
        row.place = q.getColumn(3).getString();
        row.clusters = q.getColumn(4).getString();
        row.companies = q.getColumn(5).getInt();
        row.people = q.getColumn(6).getInt();
        row.registered = q.getColumn(7).getInt();
        row.deleted = q.getColumn(8).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
