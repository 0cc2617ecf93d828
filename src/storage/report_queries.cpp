#include "storage/report_queries.h"

#include "domain/error.h"
#include "domain/follow_up.h"
#include "domain/outcome.h"
#include "domain/visit.h"
#include "storage/database.h"
#include "storage/report_figure_queries.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

namespace clusterdesk {

namespace {

template <class E> void zeroEveryCode(std::map<std::string, int>& counts) {
    for (const auto& [value, code] : EnumNames<E>::values)
        counts[std::string(code)] = 0;
}

// Keys that every summary carries even when their count is zero, so that quarters and clusters line up
// column by column in the CSV and in the PDF.
OutputFigures emptyFigures(SQLite::Database& db) {
    OutputFigures figures;
    for (const char* kind : {audit_kind::kTechnologyAudit, audit_kind::kBusinessReview,
                             audit_kind::kInnovationAudit, audit_kind::kEcoInnovationAudit})
        figures.audits[kind] = 0;
    zeroEveryCode<RecommendationStatus>(figures.recommendationsByStatus);
    zeroEveryCode<FundingStatus>(figures.fundingByStatus);
    SQLite::Statement kinds(db, "SELECT code FROM measure_kind");
    while (kinds.executeStep())
        figures.supportMeasures[kinds.getColumn(0).getString()] = 0;
    for (int phase = 1; phase <= 3; ++phase) {
        figures.expertDaysByPhase[phase] = 0;
        figures.costEurByPhase[phase] = 0;
    }
    return figures;
}

std::optional<double> optionalDouble(const SQLite::Column& column) {
    return column.isNull() ? std::nullopt : std::optional<double>(column.getDouble());
}

std::vector<ClusterOutput> liveClusters(SQLite::Database& db, const std::string& clusterId) {
    SQLite::Statement query(db, std::string("SELECT id, name, budget_days, budget_eur FROM cluster "
                                            "WHERE deleted_at IS NULL") +
                                    (clusterId.empty() ? "" : " AND id = :cluster") +
                                    " ORDER BY name COLLATE NOCASE, name, id");
    if (!clusterId.empty())
        query.bind(":cluster", clusterId);
    std::vector<ClusterOutput> clusters;
    while (query.executeStep()) {
        ClusterOutput c;
        c.id = query.getColumn(0).getString();
        c.name = query.getColumn(1).getString();
        c.budgetDays = optionalDouble(query.getColumn(2));
        c.budgetEur = optionalDouble(query.getColumn(3));
        clusters.push_back(std::move(c));
    }
    return clusters;
}

// The label valid on the last day of the period; the highest level when several overlap.
void addLabel(SQLite::Database& db, ClusterOutput& cluster, const std::string& onDay) {
    SQLite::Statement query(db, R"sql(
SELECT level, expires FROM excellence_label
 WHERE cluster_id = ? AND deleted_at IS NULL AND awarded <= ? AND expires >= ?
 ORDER BY CASE level WHEN 'gold' THEN 3 WHEN 'silver' THEN 2 ELSE 1 END DESC, expires DESC
 LIMIT 1)sql");
    query.bind(1, cluster.id);
    query.bind(2, onDay);
    query.bind(3, onDay);
    if (query.executeStep()) {
        cluster.label = query.getColumn(0).getString();
        cluster.labelExpires = query.getColumn(1).getString();
    }
}

std::map<std::string, std::string> catalogueNames(SQLite::Database& db) {
    std::map<std::string, std::string> names;
    SQLite::Statement query(db, "SELECT code, name FROM instrument UNION ALL SELECT code, name FROM "
                                "measure_kind UNION ALL SELECT code, name FROM audit_kind");
    while (query.executeStep())
        names.emplace(query.getColumn(0).getString(), query.getColumn(1).getString());
    return names;
}

} // namespace

OutputSummary computeOutputSummary(Database& db, const Period& period, const std::string& clusterId,
                                   const Date& today) {
    return computeOutputSummary(db, period, clusterId, today, SummaryParts{});
}

OutputSummary computeOutputSummary(Database& db, const Period& period, const std::string& clusterId,
                                   const Date& today, const SummaryParts& parts) {
    SQLite::Database& sql = db.sql();
    // One read snapshot, so that a write committed between two queries cannot make the figures disagree.
    std::optional<SQLite::Transaction> snapshot;
    if (sqlite3_get_autocommit(sql.getHandle()))
        snapshot.emplace(sql, SQLite::TransactionBehavior::DEFERRED);

    OutputSummary summary;
    summary.period = period;
    summary.generatedOn = today;
    summary.referenceDate = std::min(today, period.to.addDays(1));
    summary.clusters = liveClusters(sql, clusterId);
    summary.catalogueNames = catalogueNames(sql);
    if (!clusterId.empty() && summary.clusters.empty())
        throw NotFoundError("there is no cluster with id " + clusterId + " (was it deleted?)");

    const OutputFigures blank = emptyFigures(sql);
    summary.totals = blank;
    report_sql::FiguresByCluster byCluster;
    for (auto& cluster : summary.clusters) {
        addLabel(sql, cluster, period.to.toString());
        byCluster[cluster.id] = blank;
    }

    const report_sql::FigureScope scope{sql, period.from.toString(), period.to.toString(), clusterId,
                                        summary.referenceDate.toString()};
    report_sql::addSeminarFigures(scope, byCluster, summary.totals);
    report_sql::addVisitFigures(scope, byCluster, summary.totals);
    report_sql::addMeasureFigures(scope, byCluster, summary.totals);
    report_sql::addEffortFigures(scope, byCluster, summary.totals);
    report_sql::addOutcomeFigures(scope, byCluster, summary.totals);
    report_sql::addFollowUpFigures(scope, byCluster, summary.totals);
    if (parts.funnel)
        report_sql::addFunnelFigures(scope, byCluster, summary.totals);

    for (auto& cluster : summary.clusters)
        cluster.figures = std::move(byCluster[cluster.id]);
    if (snapshot)
        snapshot->commit();
    return summary;
}

} // namespace clusterdesk
