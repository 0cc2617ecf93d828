#pragma once

#include "reports/quarterly_report.h"
#include "reports/report_scopes.h"

#include <functional>
#include <string>
#include <vector>

namespace clusterdesk {

// The printed output summary as HTML that QTextDocument lays out (its subset of HTML 4 and CSS: tables
// with align attributes, no floats, no flexbox). The PDF draws these pieces page by page and paints the
// charts itself; the HTML export strings them together with the charts as images.
std::string reportStyleSheet();

std::string titlePageHtml(const QuarterlyReport& report);
// The heading of a scope's pages: its name, label, budget and how much of it the year to date used.
std::string scopeHeadingHtml(const QuarterlyReport& report, const ReportScope& scope, bool summary);
// One row per cluster with its main figures of the period (all-clusters reports only).
std::string clustersAtAGlanceHtml(const QuarterlyReport& report, const std::vector<ReportScope>& scopes);
// One table per section: figure, this period, previous quarter, year to date.
std::vector<std::string> figureTablesHtml(const QuarterlyReport& report, const ReportScope& scope);
// For a closed quarter: when it was sent and the figures that differ now; "" for an open period.
std::string differencesHtml(const QuarterlyReport& report);
std::string definitionsHtml();

enum class ChartKind { Funnel, OutputsByQuarter, BudgetBurn };
inline constexpr ChartKind kAllCharts[] = {ChartKind::Funnel, ChartKind::OutputsByQuarter,
                                           ChartKind::BudgetBurn};

// The whole report as one HTML document; chartHtml gives the markup of one chart of one scope (an
// <img>), or "" to leave charts out.
std::string reportHtml(const QuarterlyReport& report,
                       const std::function<std::string(const ReportScope&, ChartKind)>& chartHtml);

std::string escapeHtml(const std::string& text);

} // namespace clusterdesk
