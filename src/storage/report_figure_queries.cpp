#include "storage/report_figure_queries.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk::report_sql {

// Every query starts from the live clusters (alias c) so that the (cluster_id, date) indexes of
// schema_v1 drive it, and joins the parents of each row so that a row whose parent is deleted drops out.
// {scope} becomes the condition on the chosen cluster, or nothing for all clusters.
namespace {

template <class RowFn> void eachRow(const FigureScope& scope, std::string sql, RowFn&& row) {
    const std::string condition = scope.clusterId.empty() ? std::string{} : " AND c.id = :cluster";
    for (auto pos = sql.find("{scope}"); pos != std::string::npos; pos = sql.find("{scope}", pos))
        sql.replace(pos, 7, condition);
    SQLite::Statement query(scope.db, sql);
    const std::pair<const char*, const std::string*> params[] = {
        {":from", &scope.from},
        {":to", &scope.to},
        {":cluster", &scope.clusterId},
        {":ref", &scope.referenceDate},
    };
    for (const auto& [name, value] : params)
        if (query.getIndex(name) != 0)
            query.bind(name, *value);
    while (query.executeStep())
        row(query);
}

OutputFigures* figuresOf(FiguresByCluster& byCluster, const SQLite::Statement& row) {
    auto it = byCluster.find(row.getColumn(0).getString());
    return it == byCluster.end() ? nullptr : &it->second;
}

int intAt(const SQLite::Statement& row, int column) {
    return row.getColumn(column).getInt();
}

double doubleAt(const SQLite::Statement& row, int column) {
    return row.getColumn(column).getDouble();
}

// Deleted parents are few: SQLite builds each of these lists once per statement, which is far cheaper
// than joining every attendance or visit row to its company just to read deleted_at (the partial
// indexes of schema_reports.cpp keep the lists at hand).
const std::string kDeletedCompanies = "(SELECT id FROM company WHERE deleted_at IS NOT NULL)";
const std::string kDeletedPeople = "(SELECT id FROM person WHERE deleted_at IS NOT NULL)";

// The seminars of the period organised by the cluster.
const char* const kSeminarsOfPeriod = R"sql(
  FROM cluster c
  JOIN seminar_cluster sc ON sc.cluster_id = c.id
  JOIN seminar s ON s.id = sc.seminar_id AND s.deleted_at IS NULL AND s.date BETWEEN :from AND :to
)sql";

// A seminar organised by several clusters counts, for each organiser, the companies that were its members
// on the day (and walk-ins that were members of none of the organisers, for all of them): a joint seminar
// must not credit every cluster with the other clusters' SMEs. A seminar with one organiser needs no
// check (the test below is always true for it), which spares most attendance records both lookups. The
// unary + keeps SQLite on the company's few memberships (membership_company): by the cluster's index it
// read thousands per attendance record.
const std::string kAttendanceBelongsToCluster = R"sql(
      AND ((SELECT count(*) FROM seminar_cluster one WHERE one.seminar_id = s.id) = 1
           OR EXISTS (SELECT 1 FROM membership m WHERE m.company_id = a.company_id AND +m.cluster_id = c.id
                      AND m.deleted_at IS NULL AND (m.since IS NULL OR m.since <= s.date)
                      AND (m.until IS NULL OR m.until >= s.date))
           OR NOT EXISTS (SELECT 1 FROM seminar_cluster so JOIN membership m ON m.cluster_id = so.cluster_id
                      WHERE so.seminar_id = s.id AND m.company_id = a.company_id AND m.deleted_at IS NULL
                      AND (m.since IS NULL OR m.since <= s.date) AND (m.until IS NULL OR m.until >= s.date)))
)sql";

// Companies and people that attended those seminars, per cluster (one row per cluster) and in total
// (the row whose cluster is NULL), from one pass over the attendance.
const std::string kAttendance = R"sql(
WITH attended AS MATERIALIZED (
  SELECT c.id AS cluster_id, a.company_id,
         CASE WHEN a.person_id NOT IN )sql" +
                                kDeletedPeople + R"sql( THEN a.person_id END AS person_id
    FROM cluster c
    JOIN seminar_cluster sc ON sc.cluster_id = c.id
    JOIN seminar s ON s.id = sc.seminar_id AND s.deleted_at IS NULL AND s.date BETWEEN :from AND :to
    JOIN attendance a ON a.seminar_id = s.id AND a.status = 'attended' AND a.deleted_at IS NULL
   WHERE c.deleted_at IS NULL {scope} AND a.company_id NOT IN )sql" +
                                kDeletedCompanies + kAttendanceBelongsToCluster + R"sql(
)
SELECT cluster_id, count(DISTINCT company_id), count(DISTINCT person_id) FROM attended GROUP BY 1
UNION ALL
SELECT NULL, count(DISTINCT company_id), count(DISTINCT person_id) FROM attended
)sql";

// The cluster's visits of the period to live companies.
const char* const kVisitsOfPeriod = R"sql(
  FROM cluster c
  JOIN visit v ON v.cluster_id = c.id AND v.deleted_at IS NULL AND v.date BETWEEN :from AND :to
)sql";

const char* const kClusterCondition = " WHERE c.deleted_at IS NULL {scope} ";
const std::string kLiveVisitCompany = " AND v.company_id NOT IN " + kDeletedCompanies + " ";

// A live follow-up of the cluster: its company, and the recommendation or visit it is about, live.
const char* const kLiveFollowUps = R"sql(
  FROM cluster c
  JOIN follow_up f ON f.cluster_id = c.id AND f.deleted_at IS NULL
  LEFT JOIN recommendation r ON r.id = f.recommendation_id
  LEFT JOIN visit v ON v.id = f.visit_id
)sql";

const std::string kLiveFollowUpCondition = R"sql(
  WHERE c.deleted_at IS NULL {scope}
    AND f.company_id NOT IN )sql" + kDeletedCompanies +
                                           R"sql(
    AND (f.recommendation_id IS NULL OR r.deleted_at IS NULL)
    AND (f.visit_id IS NULL OR v.deleted_at IS NULL)
)sql";

// The furthest stage each live company reached in each cluster by the end of the period: 1 attended a
// seminar, 2 visited, 3 in a support measure (records dated up to :to, not only within the period).
// Counted per cluster, and in total (cluster NULL) at the furthest stage reached in any cluster.
const std::string kFunnel = R"sql(
WITH reached(cluster_id, company_id, stage) AS (
  SELECT c.id, a.company_id, 1 FROM cluster c
    JOIN seminar_cluster sc ON sc.cluster_id = c.id
    JOIN seminar s ON s.id = sc.seminar_id AND s.deleted_at IS NULL AND s.date <= :to
    JOIN attendance a ON a.seminar_id = s.id AND a.status = 'attended' AND a.deleted_at IS NULL
    WHERE c.deleted_at IS NULL {scope})sql" +
                            kAttendanceBelongsToCluster + R"sql(
  UNION ALL
  SELECT c.id, v.company_id, 2 FROM cluster c
    JOIN visit v ON v.cluster_id = c.id AND v.deleted_at IS NULL AND v.date <= :to
    WHERE c.deleted_at IS NULL {scope}
  UNION ALL
  SELECT c.id, mc.company_id, 3 FROM cluster c
    JOIN support_measure m ON m.cluster_id = c.id AND m.deleted_at IS NULL AND m.start_date <= :to
    JOIN measure_company mc ON mc.measure_id = m.id
    WHERE c.deleted_at IS NULL {scope}
),
stages AS MATERIALIZED (
  SELECT cluster_id, company_id, max(stage) AS stage FROM reached
   WHERE company_id NOT IN )sql" +
                            kDeletedCompanies + R"sql(
   GROUP BY cluster_id, company_id
)
SELECT cluster_id, count(*), sum(stage >= 2), sum(stage >= 3) FROM stages GROUP BY 1
UNION ALL
SELECT NULL, count(*), sum(stage >= 2), sum(stage >= 3)
  FROM (SELECT max(stage) AS stage FROM stages GROUP BY company_id)
)sql";

void addAudit(OutputFigures& figures, const std::string& kind, int count) {
    figures.audits[kind] += count;
}

} // namespace

void addSeminarFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    const std::string where = kClusterCondition;
    eachRow(scope, std::string("SELECT c.id, count(*)") + kSeminarsOfPeriod + where + " GROUP BY c.id",
            [&](const SQLite::Statement& row) {
                if (auto* f = figuresOf(byCluster, row))
                    f->seminars = intAt(row, 1);
            });
    // A seminar organised by two clusters is one seminar in the totals.
    eachRow(scope, std::string("SELECT count(DISTINCT s.id)") + kSeminarsOfPeriod + where,
            [&](const SQLite::Statement& row) { totals.seminars = intAt(row, 0); });

    eachRow(scope, kAttendance, [&](const SQLite::Statement& row) {
        OutputFigures* f = row.getColumn(0).isNull() ? &totals : figuresOf(byCluster, row);
        if (f) {
            f->seminarCompanies = intAt(row, 1);
            f->seminarParticipants = intAt(row, 2);
        }
    });
}

void addVisitFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    eachRow(scope,
            std::string("SELECT c.id, v.audit_kind, count(*)") + kVisitsOfPeriod + kClusterCondition +
                kLiveVisitCompany + "GROUP BY 1, 2",
            [&](const SQLite::Statement& row) {
                auto* f = figuresOf(byCluster, row);
                if (!f)
                    return;
                const std::string kind = row.getColumn(1).getString();
                const int count = intAt(row, 2);
                for (OutputFigures* target : {f, &totals}) {
                    target->visits += count;
                    if (kind != "none")
                        addAudit(*target, kind, count);
                }
            });
    eachRow(scope,
            std::string("SELECT c.id, coalesce(r.instrument_code, 'none'), r.status, count(*)") +
                kVisitsOfPeriod + " JOIN recommendation r ON r.visit_id = v.id AND r.deleted_at IS NULL" +
                kClusterCondition + kLiveVisitCompany + "GROUP BY 1, 2, 3",
            [&](const SQLite::Statement& row) {
                auto* f = figuresOf(byCluster, row);
                if (!f)
                    return;
                const int count = intAt(row, 3);
                for (OutputFigures* target : {f, &totals}) {
                    target->recommendations += count;
                    target->recommendationsByInstrument[row.getColumn(1).getString()] += count;
                    target->recommendationsByStatus[row.getColumn(2).getString()] += count;
                }
            });
}

void addMeasureFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    eachRow(scope, R"sql(
SELECT c.id, m.kind, count(*) FROM cluster c
  JOIN support_measure m ON m.cluster_id = c.id AND m.deleted_at IS NULL
   AND m.start_date BETWEEN :from AND :to
  WHERE c.deleted_at IS NULL {scope}
  GROUP BY 1, 2)sql",
            [&](const SQLite::Statement& row) {
                auto* f = figuresOf(byCluster, row);
                if (!f)
                    return;
                const std::string kind = row.getColumn(1).getString();
                const int count = intAt(row, 2);
                for (OutputFigures* target : {f, &totals}) {
                    target->supportMeasures[kind] += count;
                    // Innovation and eco-innovation audits are phase-3 measures, yet they are audits.
                    if (kind == "innovation_audit" || kind == "eco_innovation_audit")
                        addAudit(*target, kind, count);
                }
            });
}

void addEffortFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    eachRow(scope,
            R"sql(
SELECT c.id, e.phase, sum(e.days), sum(e.days * coalesce(e.day_rate_eur, 0)) FROM cluster c
  JOIN effort e ON e.cluster_id = c.id AND e.deleted_at IS NULL AND e.date BETWEEN :from AND :to
  WHERE c.deleted_at IS NULL {scope} AND e.person_id NOT IN )sql" +
                kDeletedPeople + R"sql(
  GROUP BY 1, 2)sql",
            [&](const SQLite::Statement& row) {
                auto* f = figuresOf(byCluster, row);
                if (!f)
                    return;
                const int phase = intAt(row, 1);
                const double days = doubleAt(row, 2);
                const double cost = doubleAt(row, 3);
                for (OutputFigures* target : {f, &totals}) {
                    target->expertDays += days;
                    target->costEur += cost;
                    target->expertDaysByPhase[phase] += days;
                    target->costEurByPhase[phase] += cost;
                }
            });
}

void addOutcomeFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    eachRow(scope, R"sql(
SELECT c.id, count(*) FROM cluster c
  JOIN agreement g ON g.cluster_id = c.id AND g.deleted_at IS NULL AND g.date BETWEEN :from AND :to
  WHERE c.deleted_at IS NULL {scope}
  GROUP BY 1)sql",
            [&](const SQLite::Statement& row) {
                if (auto* f = figuresOf(byCluster, row))
                    for (OutputFigures* target : {f, &totals})
                        target->agreements += intAt(row, 1);
            });
    eachRow(scope,
            R"sql(
SELECT c.id, fa.status, count(*), sum(coalesce(fa.amount_eur, 0)) FROM cluster c
  JOIN funding_application fa ON fa.cluster_id = c.id AND fa.deleted_at IS NULL
   AND fa.submitted_on BETWEEN :from AND :to
  WHERE c.deleted_at IS NULL {scope}
    AND (fa.company_id IS NULL OR fa.company_id NOT IN )sql" +
                kDeletedCompanies + R"sql()
  GROUP BY 1, 2)sql",
            [&](const SQLite::Statement& row) {
                auto* f = figuresOf(byCluster, row);
                if (!f)
                    return;
                for (OutputFigures* target : {f, &totals}) {
                    target->fundingApplications += intAt(row, 2);
                    target->fundingByStatus[row.getColumn(1).getString()] += intAt(row, 2);
                    target->fundingRequestedEur += doubleAt(row, 3);
                }
            });
    eachRow(scope,
            R"sql(
SELECT c.id, count(*) FROM cluster c
  JOIN certification ce ON ce.cluster_id = c.id AND ce.deleted_at IS NULL
   AND ce.awarded_on BETWEEN :from AND :to
  WHERE c.deleted_at IS NULL {scope} AND ce.company_id NOT IN )sql" +
                kDeletedCompanies + R"sql(
  GROUP BY 1)sql",
            [&](const SQLite::Statement& row) {
                if (auto* f = figuresOf(byCluster, row))
                    for (OutputFigures* target : {f, &totals})
                        target->certifications += intAt(row, 1);
            });
}

void addFollowUpFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    eachRow(scope,
            std::string("SELECT c.id, sum(f.status = 'open'), sum(f.status = 'open' AND f.due_date < :ref), "
                        "sum(f.status = 'done')") +
                kLiveFollowUps + kLiveFollowUpCondition + " AND f.due_date BETWEEN :from AND :to GROUP BY 1",
            [&](const SQLite::Statement& row) {
                auto* fig = figuresOf(byCluster, row);
                if (!fig)
                    return;
                for (OutputFigures* target : {fig, &totals}) {
                    target->followUps.open += intAt(row, 1);
                    target->followUps.overdue += intAt(row, 2);
                    target->followUps.done += intAt(row, 3);
                }
            });
    eachRow(scope,
            std::string("SELECT c.id, count(*), sum(ca.answered != 0)") + kLiveFollowUps +
                " JOIN contact_attempt ca ON ca.follow_up_id = f.id AND ca.deleted_at IS NULL"
                " AND ca.date BETWEEN :from AND :to" +
                kLiveFollowUpCondition + " GROUP BY 1",
            [&](const SQLite::Statement& row) {
                auto* fig = figuresOf(byCluster, row);
                if (!fig)
                    return;
                for (OutputFigures* target : {fig, &totals}) {
                    target->followUps.contactAttempts += intAt(row, 1);
                    target->followUps.answered += intAt(row, 2);
                }
            });
    auto rate = [](FollowUpFigures& f) {
        if (f.contactAttempts > 0)
            f.responseRate = static_cast<double>(f.answered) / f.contactAttempts;
    };
    rate(totals.followUps);
    for (auto& [id, figures] : byCluster)
        rate(figures.followUps);
}

void addFunnelFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals) {
    eachRow(scope, kFunnel, [&](const SQLite::Statement& row) {
        OutputFigures* f = row.getColumn(0).isNull() ? &totals : figuresOf(byCluster, row);
        if (f)
            f->funnel = {intAt(row, 1), intAt(row, 2), intAt(row, 3)};
    });
}

} // namespace clusterdesk::report_sql
