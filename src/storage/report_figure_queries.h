#pragma once

#include "domain/output_summary.h"

#include <SQLiteCpp/Database.h>
#include <map>
#include <string>

namespace clusterdesk::report_sql {

// What one run of the figure queries covers. Dates are bound as 'YYYY-MM-DD' text, which sorts as dates.
struct FigureScope {
    SQLite::Database& db;
    std::string from;
    std::string to;
    std::string clusterId; // "" = every live cluster
    std::string referenceDate;
};

using FiguresByCluster = std::map<std::string, OutputFigures>; // cluster id -> figures

// Each adds its figures to the live clusters in byCluster (keys already present) and to totals. Figures
// that can count one record for several clusters (seminars, companies, people, the funnel) get their
// totals from a query of their own; the others belong to exactly one cluster, so totals are the sum.
void addSeminarFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);
void addVisitFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);
void addMeasureFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);
void addEffortFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);
void addOutcomeFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);
void addFollowUpFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);
void addFunnelFigures(const FigureScope& scope, FiguresByCluster& byCluster, OutputFigures& totals);

} // namespace clusterdesk::report_sql
