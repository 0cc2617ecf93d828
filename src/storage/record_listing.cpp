#include "storage/record_listing.h"

#include "domain/error.h"
#include "storage/database.h"
#include "storage/value.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
struct ListingQuery {
    const char* kind;
    std::vector<std::string> headers;
    const char* sql; // one ? for the cluster id, matching everything when it is ''
};

const ListingQuery kQueries[] = {
    {"clusters",
     {"id", "name", "sector", "region", "label", "label_expires", "budget_days", "budget_eur", "members"},
     R"sql(SELECT c.id, c.name, c.sector, c.region,
  (SELECT l.level FROM excellence_label l WHERE l.cluster_id = c.id AND l.deleted_at IS NULL
     ORDER BY l.expires DESC LIMIT 1),
  (SELECT l.expires FROM excellence_label l WHERE l.cluster_id = c.id AND l.deleted_at IS NULL
     ORDER BY l.expires DESC LIMIT 1),
  c.budget_days, c.budget_eur,
  (SELECT count(*) FROM membership m JOIN company co ON co.id = m.company_id
     WHERE m.cluster_id = c.id AND m.deleted_at IS NULL AND co.deleted_at IS NULL)
FROM cluster c WHERE c.deleted_at IS NULL AND (?1 = '' OR c.id = ?1) ORDER BY c.name)sql"},
    {"companies",
     {"id", "name", "fiscal_code", "nace_code", "headcount", "size_class", "region", "city", "clusters"},
     R"sql(SELECT co.id, co.name, CASE WHEN co.vat_registered THEN 'RO' ELSE '' END || co.fiscal_code,
  co.nace_code, co.headcount, co.size_class, co.region, co.city,
  (SELECT group_concat(c.name, '; ') FROM membership m JOIN cluster c ON c.id = m.cluster_id
     WHERE m.company_id = co.id AND m.deleted_at IS NULL AND c.deleted_at IS NULL)
FROM company co WHERE co.deleted_at IS NULL AND (?1 = '' OR EXISTS (SELECT 1 FROM membership m
  WHERE m.company_id = co.id AND m.cluster_id = ?1 AND m.deleted_at IS NULL)) ORDER BY co.name)sql"},
    {"seminars",
     {"id", "date", "title", "place", "clusters", "registered", "attended_companies"},
     R"sql(SELECT s.id, s.date, s.title, s.place,
  (SELECT group_concat(c.name, '; ') FROM seminar_cluster sc JOIN cluster c ON c.id = sc.cluster_id
     WHERE sc.seminar_id = s.id),
  (SELECT count(*) FROM attendance a WHERE a.seminar_id = s.id AND a.deleted_at IS NULL),
  (SELECT count(DISTINCT a.company_id) FROM attendance a WHERE a.seminar_id = s.id
     AND a.status = 'attended' AND a.deleted_at IS NULL)
FROM seminar s WHERE s.deleted_at IS NULL AND (?1 = '' OR EXISTS (SELECT 1 FROM seminar_cluster sc
  WHERE sc.seminar_id = s.id AND sc.cluster_id = ?1)) ORDER BY s.date, s.title)sql"},
    {"visits",
     {"id", "date", "company", "cluster", "audit_kind", "recommendations"},
     R"sql(SELECT v.id, v.date, co.name, c.name, v.audit_kind,
  (SELECT count(*) FROM recommendation r WHERE r.visit_id = v.id AND r.deleted_at IS NULL)
FROM visit v JOIN company co ON co.id = v.company_id JOIN cluster c ON c.id = v.cluster_id
WHERE v.deleted_at IS NULL AND (?1 = '' OR v.cluster_id = ?1) ORDER BY v.date)sql"},
    {"measures",
     {"id", "start_date", "end_date", "kind", "title", "cluster", "status", "companies"},
     R"sql(SELECT m.id, m.start_date, m.end_date, m.kind, m.title, c.name, m.status,
  (SELECT group_concat(co.name, '; ') FROM measure_company mc JOIN company co ON co.id = mc.company_id
     WHERE mc.measure_id = m.id)
FROM support_measure m JOIN cluster c ON c.id = m.cluster_id
WHERE m.deleted_at IS NULL AND (?1 = '' OR m.cluster_id = ?1) ORDER BY m.start_date)sql"},
    {"follow-ups",
     {"id", "due_date", "status", "company", "cluster", "title", "contact_attempts", "answered"},
     R"sql(SELECT f.id, f.due_date, f.status, co.name, c.name, f.title,
  (SELECT count(*) FROM contact_attempt a WHERE a.follow_up_id = f.id AND a.deleted_at IS NULL),
  (SELECT count(*) FROM contact_attempt a WHERE a.follow_up_id = f.id AND a.deleted_at IS NULL AND a.answered)
FROM follow_up f JOIN company co ON co.id = f.company_id JOIN cluster c ON c.id = f.cluster_id
WHERE f.deleted_at IS NULL AND (?1 = '' OR f.cluster_id = ?1) ORDER BY f.due_date)sql"},
};
} // namespace

std::vector<std::string> listableKinds() {
    std::vector<std::string> kinds;
    for (const auto& q : kQueries)
        kinds.emplace_back(q.kind);
    return kinds;
}

Listing listRecords(Database& db, const std::string& kind, const std::string& clusterId) {
    for (const auto& q : kQueries) {
        if (kind != q.kind)
            continue;
        Listing listing{q.headers, {}};
        SQLite::Statement query(db.sql(), q.sql);
        query.bind(1, clusterId);
        while (query.executeStep()) {
            std::vector<std::string> row;
            for (int c = 0; c < query.getColumnCount(); ++c)
                row.push_back(valueText(readValue(query.getColumn(c))).value_or(std::string{}));
            listing.rows.push_back(std::move(row));
        }
        return listing;
    }
    std::string known;
    for (const auto& k : listableKinds())
        known += (known.empty() ? "" : ", ") + k;
    throw ValidationError("kind", "cannot list '" + kind + "'; choose one of " + known);
}

} // namespace clusterdesk
