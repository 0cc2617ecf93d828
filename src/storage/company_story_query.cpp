#include "storage/company_story_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace clusterdesk {

std::vector<CompanyClusterStage> CompanyStoryQuery::clusters(const std::string& companyId) const {
    // The facts per cluster follow the funnel's definition: an attended seminar organised by the cluster,
    // a visit for the cluster, a support measure of the cluster that includes the company.
    SQLite::Statement query(m_db.sql(), R"sql(
WITH facts AS (
  SELECT sc.cluster_id, 1 AS attended, 0 AS visited, 0 AS supported FROM attendance a
    JOIN seminar s ON s.id = a.seminar_id AND s.deleted_at IS NULL
    JOIN seminar_cluster sc ON sc.seminar_id = s.id
    WHERE a.company_id = :c AND a.status = 'attended' AND a.deleted_at IS NULL
  UNION ALL
  SELECT v.cluster_id, 0, 1, 0 FROM visit v WHERE v.company_id = :c AND v.deleted_at IS NULL
  UNION ALL
  SELECT m.cluster_id, 0, 0, 1 FROM measure_company mc
    JOIN support_measure m ON m.id = mc.measure_id AND m.deleted_at IS NULL WHERE mc.company_id = :c),
members AS (
  SELECT cluster_id, min(coalesce(since, '')) AS since FROM membership
    WHERE company_id = :c AND deleted_at IS NULL GROUP BY cluster_id),
involved AS (SELECT cluster_id FROM facts UNION SELECT cluster_id FROM members)
SELECT cl.id, cl.name, mb.since, mb.cluster_id IS NOT NULL,
  coalesce((SELECT max(attended) FROM facts f WHERE f.cluster_id = cl.id), 0),
  coalesce((SELECT max(visited) FROM facts f WHERE f.cluster_id = cl.id), 0),
  coalesce((SELECT max(supported) FROM facts f WHERE f.cluster_id = cl.id), 0)
FROM involved i JOIN cluster cl ON cl.id = i.cluster_id AND cl.deleted_at IS NULL
LEFT JOIN members mb ON mb.cluster_id = cl.id
ORDER BY cl.name COLLATE NOCASE)sql");
    query.bind(":c", companyId);
    std::vector<CompanyClusterStage> stages;
    while (query.executeStep()) {
        CompanyClusterStage s;
        s.clusterId = query.getColumn(0).getString();
        s.clusterName = query.getColumn(1).getString();
        s.memberSince = query.getColumn(2).getString();
        s.member = query.getColumn(3).getInt() != 0;
        s.facts = {query.getColumn(4).getInt() != 0, query.getColumn(5).getInt() != 0,
                   query.getColumn(6).getInt() != 0};
        s.stage = funnelStage(s.facts);
        stages.push_back(std::move(s));
    }
    return stages;
}

std::vector<TimelineEvent> CompanyStoryQuery::timeline(const std::string& companyId) const {
    using Kind = TimelineEvent::Kind;
    // One SELECT per kind of record; each yields date, title, status, detail, cluster.
    const std::vector<std::pair<Kind, std::string>> parts = {
        {Kind::Membership,
         "SELECT m.since, cl.name, '', '', cl.name FROM membership m JOIN cluster cl ON cl.id = "
         "m.cluster_id WHERE m.company_id = :c AND m.deleted_at IS NULL AND m.since IS NOT NULL"},
        {Kind::Seminar,
         "SELECT s.date, s.title, a.status, coalesce(p.name, ''), (SELECT group_concat(cl.name, '; ') "
         "FROM seminar_cluster sc JOIN cluster cl ON cl.id = sc.cluster_id WHERE sc.seminar_id = s.id) "
         "FROM attendance a JOIN seminar s ON s.id = a.seminar_id AND s.deleted_at IS NULL LEFT JOIN "
         "person p ON p.id = a.person_id AND p.deleted_at IS NULL WHERE a.company_id = :c AND "
         "a.deleted_at IS NULL"},
        {Kind::Visit,
         "SELECT v.date, coalesce(ak.name, v.audit_kind), '', coalesce(v.findings, ''), cl.name FROM "
         "visit v JOIN cluster cl ON cl.id = v.cluster_id LEFT JOIN audit_kind ak ON ak.code = "
         "v.audit_kind WHERE v.company_id = :c AND v.deleted_at IS NULL"},
        {Kind::Recommendation, "SELECT v.date, r.text, r.status, coalesce(i.name, '') || coalesce(' · ' || "
                               "r.due_date, ''), cl.name "
                               "FROM recommendation r JOIN visit v ON v.id = r.visit_id AND v.deleted_at IS "
                               "NULL JOIN cluster cl ON "
                               "cl.id = v.cluster_id LEFT JOIN instrument i ON i.code = r.instrument_code "
                               "WHERE v.company_id = :c AND "
                               "r.deleted_at IS NULL"},
        {Kind::SupportMeasure,
         "SELECT m.start_date, coalesce(mk.name, m.kind) || coalesce(': ' || m.title, ''), "
         "m.status, coalesce(m.outcome_notes, ''), cl.name FROM measure_company mc JOIN "
         "support_measure m ON m.id = mc.measure_id AND m.deleted_at IS NULL JOIN cluster cl ON "
         "cl.id = m.cluster_id LEFT JOIN measure_kind mk ON mk.code = m.kind WHERE "
         "mc.company_id = :c"},
        {Kind::FollowUp,
         "SELECT coalesce(f.completed_on, f.due_date), f.title, f.status, f.due_date, cl.name FROM "
         "follow_up f JOIN cluster cl ON cl.id = f.cluster_id WHERE f.company_id = :c AND "
         "f.deleted_at IS NULL"},
        {Kind::ContactAttempt,
         "SELECT a.date, coalesce(a.channel, ''), CASE WHEN a.answered THEN 'answered' ELSE "
         "'no_answer' END, coalesce(a.note, ''), cl.name FROM contact_attempt a JOIN follow_up "
         "f ON f.id = a.follow_up_id AND f.deleted_at IS NULL JOIN cluster cl ON cl.id = "
         "f.cluster_id WHERE f.company_id = :c AND a.deleted_at IS NULL"},
        {Kind::FundingApplication,
         "SELECT fa.submitted_on, coalesce(fa.title, i.name), fa.status, coalesce(i.name, '') || coalesce(' "
         "· ' || "
         "printf('%,d', CAST(round(fa.amount_eur) AS INTEGER)) || ' EUR', ''), cl.name FROM "
         "funding_application fa JOIN cluster cl ON cl.id = "
         "fa.cluster_id LEFT JOIN instrument i ON i.code = fa.instrument_code WHERE fa.company_id = :c AND "
         "fa.deleted_at IS NULL"},
        {Kind::Certification,
         "SELECT c.awarded_on, c.name, '', '', cl.name FROM certification c JOIN cluster cl ON "
         "cl.id = c.cluster_id WHERE c.company_id = :c AND c.deleted_at IS NULL"},
        // An audit is dated by the visit or support measure it was done in.
        {Kind::Audit,
         "SELECT coalesce(v.date, m.start_date), t.title, a.status, CASE WHEN a.overall_percent IS NULL "
         "THEN '' ELSE printf('%.0f %%', a.overall_percent) END, coalesce(cl.name, '') FROM audit a JOIN "
         "audit_template t ON t.id = a.template_key LEFT JOIN visit v ON v.id = a.visit_id LEFT JOIN "
         "support_measure m ON m.id = a.measure_id LEFT JOIN cluster cl ON cl.id = coalesce(v.cluster_id, "
         "m.cluster_id) WHERE a.company_id = :c AND a.deleted_at IS NULL AND v.deleted_at IS NULL AND "
         "m.deleted_at IS NULL"},
    };
    std::vector<TimelineEvent> events;
    for (const auto& [kind, sql] : parts) {
        SQLite::Statement query(m_db.sql(), sql);
        query.bind(":c", companyId);
        while (query.executeStep())
            events.push_back({query.getColumn(0).getString(), kind, query.getColumn(1).getString(),
                              query.getColumn(2).getString(), query.getColumn(3).getString(),
                              query.getColumn(4).getString()});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.date > b.date; });
    return events;
}

} // namespace clusterdesk
