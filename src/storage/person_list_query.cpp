#include "storage/person_list_query.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kFrom =
    "person p LEFT JOIN company co ON co.id = p.employer_company_id AND p.employer_kind = 'company' "
    "LEFT JOIN cluster cl ON cl.id = p.employer_cluster_id AND p.employer_kind = 'cluster'";
const char* kEmployer = "coalesce(co.name, cl.name, p.employer_name)";
} // namespace

std::vector<std::string> PersonListQuery::ids(const ListFilter& filter) const {
    ListSpec spec;
    spec.idColumn = "p.id";
    spec.from = kFrom;
    spec.deletedColumn = "p.deleted_at";
    spec.searchColumns = {"p.name", "p.email", "p.phone", "p.job_title", kEmployer};
    spec.clusterCondition = "p.employer_cluster_id = ? OR p.employer_company_id IN (SELECT company_id FROM "
                            "membership WHERE cluster_id = ? AND deleted_at IS NULL)";
    spec.sortKeys = {"p.name COLLATE NOCASE",
                     std::string(kEmployer) + " COLLATE NOCASE",
                     "p.job_title COLLATE NOCASE",
                     "p.email",
                     "p.phone",
                     "nullif(p.staff_role, 'none')",
                     "p.consent_given_on"};
    return selectIds(m_db, spec, filter);
}

std::vector<PersonRow> PersonListQuery::rows(const std::vector<std::string>& ids) const {
    std::vector<PersonRow> rows;
    std::string sql =
        std::string("SELECT p.id, p.name, ") + kEmployer +
        ", p.job_title, p.email, p.phone, p.staff_role, p.consent_given_on, p.deleted_at IS NOT NULL "
        "FROM " +
        kFrom + " WHERE p.id IN (";
    forEachRowIn(m_db, sql, ids, [&](SQLite::Statement& q) {
        PersonRow row;
        row.id = q.getColumn(0).getString();
        row.name = q.getColumn(1).getString();
        row.employer = q.getColumn(2).getString();
        row.jobTitle = q.getColumn(3).getString();
        row.email = q.getColumn(4).getString();
        row.phone = q.getColumn(5).getString();
        row.staffRole = q.getColumn(6).getString();
        row.consentGiven = q.getColumn(7).getString();
        row.deleted = q.getColumn(8).getInt() != 0;
        rows.push_back(std::move(row));
    });
    return rows;
}

} // namespace clusterdesk
