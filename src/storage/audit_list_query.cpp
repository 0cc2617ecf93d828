#include "storage/audit_list_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kAuditSelect = R"sql(
SELECT a.id, a.company_id, c.name, t.template_id, t.version, t.title, COALESCE(k.name, t.kind),
       COALESCE(a.visit_id, ''), COALESCE(a.measure_id, ''), COALESCE(v.cluster_id, m.cluster_id, ''),
       COALESCE(cl.name, ''), COALESCE(v.date, m.start_date, ''),
       COALESCE(NULLIF(m.title, ''), mk.name, ''), a.status, COALESCE(a.completed_at, ''), a.updated_at,
       (SELECT count(*) FROM audit_answer an WHERE an.audit_id = a.id AND an.deleted_at IS NULL
          AND COALESCE(an.value, '') <> ''),
       a.overall_percent
FROM audit a
JOIN company c ON c.id = a.company_id AND c.deleted_at IS NULL
JOIN audit_template t ON t.id = a.template_key
LEFT JOIN audit_kind k ON k.code = t.kind
LEFT JOIN visit v ON v.id = a.visit_id
LEFT JOIN support_measure m ON m.id = a.measure_id
LEFT JOIN measure_kind mk ON mk.code = m.kind
LEFT JOIN cluster cl ON cl.id = COALESCE(v.cluster_id, m.cluster_id)
WHERE a.deleted_at IS NULL AND v.deleted_at IS NULL AND m.deleted_at IS NULL)sql";

AuditTarget readTarget(SQLite::Statement& q, bool isVisit) {
    AuditTarget t;
    t.isVisit = isVisit;
    t.id = q.getColumn(0).getString();
    t.date = q.getColumn(1).getString();
    t.clusterId = q.getColumn(2).getString();
    t.clusterName = q.getColumn(3).getString();
    t.kind = q.getColumn(4).getString();
    t.kindName = q.getColumn(5).getString();
    t.title = q.getColumn(6).getString();
    return t;
}

const char* kVisitSelect = R"sql(
SELECT v.id, v.date, v.cluster_id, COALESCE(cl.name, ''), v.audit_kind, COALESCE(k.name, v.audit_kind), ''
FROM visit v
LEFT JOIN cluster cl ON cl.id = v.cluster_id
LEFT JOIN audit_kind k ON k.code = v.audit_kind
WHERE v.deleted_at IS NULL AND v.company_id = ?)sql";
} // namespace

std::vector<AuditRow> AuditListQuery::select(const std::string& condition,
                                             const std::vector<std::string>& binds,
                                             const std::string& order) const {
    SQLite::Statement q(m_db.sql(), std::string(kAuditSelect) + condition + " ORDER BY " + order);
    for (std::size_t i = 0; i < binds.size(); ++i)
        q.bind(static_cast<int>(i) + 1, binds[i]);
    std::vector<AuditRow> rows;
    while (q.executeStep()) {
        AuditRow r;
        r.id = q.getColumn(0).getString();
        r.companyId = q.getColumn(1).getString();
        r.company = q.getColumn(2).getString();
        r.templateId = q.getColumn(3).getString();
        r.templateVersion = q.getColumn(4).getInt();
        r.templateTitle = q.getColumn(5).getString();
        r.kindName = q.getColumn(6).getString();
        r.visitId = q.getColumn(7).getString();
        r.measureId = q.getColumn(8).getString();
        r.clusterId = q.getColumn(9).getString();
        r.clusterName = q.getColumn(10).getString();
        r.date = q.getColumn(11).getString();
        r.measureName = q.getColumn(12).getString();
        r.status = q.getColumn(13).getString();
        r.completedAt = q.getColumn(14).getString();
        r.updatedAt = q.getColumn(15).getString();
        r.answers = q.getColumn(16).getInt();
        if (!q.getColumn(17).isNull())
            r.overallPercent = q.getColumn(17).getDouble();
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<AuditRow> AuditListQuery::rows() const {
    return select({}, {});
}

std::optional<AuditRow> AuditListQuery::row(const std::string& auditId) const {
    auto rows = select(" AND a.id = ?", {auditId});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<AuditRow> AuditListQuery::ofCompany(const std::string& companyId) const {
    return select(" AND a.company_id = ?", {companyId},
                  "COALESCE(v.date, m.start_date) DESC, a.created_at DESC");
}

std::vector<AuditRow> AuditListQuery::ofOwner(const std::string& visitOrMeasureId,
                                              const std::string& companyId) const {
    return select(" AND (a.visit_id = ?1 OR a.measure_id = ?1) AND a.company_id = ?2",
                  {visitOrMeasureId, companyId});
}

std::vector<AuditTarget> AuditListQuery::targetsOf(const std::string& companyId) const {
    std::vector<AuditTarget> targets;
    SQLite::Statement visits(m_db.sql(),
                             std::string(kVisitSelect) + " ORDER BY v.date DESC, v.created_at DESC");
    visits.bind(1, companyId);
    while (visits.executeStep())
        targets.push_back(readTarget(visits, true));
    SQLite::Statement measures(m_db.sql(), R"sql(
SELECT m.id, m.start_date, m.cluster_id, COALESCE(cl.name, ''), m.kind, COALESCE(k.name, m.kind),
       COALESCE(m.title, '')
FROM support_measure m
JOIN measure_company mc ON mc.measure_id = m.id AND mc.company_id = ?
LEFT JOIN cluster cl ON cl.id = m.cluster_id
LEFT JOIN measure_kind k ON k.code = m.kind
WHERE m.deleted_at IS NULL
ORDER BY m.start_date DESC, m.created_at DESC)sql");
    measures.bind(1, companyId);
    while (measures.executeStep())
        targets.push_back(readTarget(measures, false));
    return targets;
}

std::optional<AuditTarget> AuditListQuery::latestVisit(const std::string& companyId,
                                                       const std::string& clusterId) const {
    SQLite::Statement q(m_db.sql(),
                        std::string(kVisitSelect) +
                            " AND v.cluster_id = ? ORDER BY v.date DESC, v.created_at DESC LIMIT 1");
    q.bind(1, companyId);
    q.bind(2, clusterId);
    if (!q.executeStep())
        return std::nullopt;
    return readTarget(q, true);
}

std::vector<TemplateChoice> AuditListQuery::templates() const {
    SQLite::Statement q(m_db.sql(), R"sql(
SELECT t.template_id, t.version, t.title, t.kind, COALESCE(k.name, t.kind), COALESCE(k.phase, 0), t.origin
FROM audit_template t
LEFT JOIN audit_kind k ON k.code = t.kind
WHERE t.deleted_at IS NULL AND t.version = (SELECT max(n.version) FROM audit_template n
                                            WHERE n.template_id = t.template_id AND n.deleted_at IS NULL)
ORDER BY COALESCE(k.phase, 0), t.title COLLATE NOCASE)sql");
    std::vector<TemplateChoice> choices;
    while (q.executeStep()) {
        TemplateChoice c;
        c.templateId = q.getColumn(0).getString();
        c.version = q.getColumn(1).getInt();
        c.title = q.getColumn(2).getString();
        c.kind = q.getColumn(3).getString();
        c.kindName = q.getColumn(4).getString();
        c.phase = q.getColumn(5).getInt();
        c.origin = q.getColumn(6).getString();
        choices.push_back(std::move(c));
    }
    return choices;
}

std::vector<std::pair<std::string, std::string>>
AuditListQuery::recommendationsOf(const std::string& visitId) const {
    SQLite::Statement q(m_db.sql(), "SELECT text, COALESCE(instrument_code, '') FROM recommendation "
                                    "WHERE visit_id = ? AND deleted_at IS NULL");
    q.bind(1, visitId);
    std::vector<std::pair<std::string, std::string>> found;
    while (q.executeStep())
        found.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return found;
}

} // namespace clusterdesk
