#include "reports/report_html.h"

#include "domain/text.h"
#include "reports/figure_definitions.h"
#include "reports/figure_format.h"
#include "reports/report_sections.h"

namespace clusterdesk {

namespace {
std::string cell(const std::string& text, bool number = false) {
    return std::string(number ? "<td align=\"right\">" : "<td>") + escapeHtml(text) + "</td>";
}

std::string headerCell(const std::string& text, bool number = true, int widthPercent = 0) {
    const std::string width = widthPercent > 0 ? " width=\"" + std::to_string(widthPercent) + "%\"" : "";
    return std::string(number ? "<th align=\"right\"" : "<th align=\"left\"") + width + ">" +
           escapeHtml(text) + "</th>";
}

bool isZero(const nlohmann::json& value) {
    return value.is_null() || (value.is_number() && value.get<double>() == 0);
}

std::optional<double> numberAt(const nlohmann::json& figures, const std::string& pointer) {
    const auto value = figureValue(figures, {pointer, {}, FigureKind::Count});
    return value.is_number() ? std::optional<double>(value.get<double>()) : std::nullopt;
}

// numerator / denominator as a JSON ratio, null when the denominator is absent or zero.
nlohmann::json ratio(std::optional<double> numerator, std::optional<double> denominator) {
    if (!numerator || !denominator || *denominator == 0)
        return nullptr;
    return *numerator / *denominator;
}

std::string columnTitle(const Period& period, const char* otherwise) {
    const std::string quarter = period.quarterLabel();
    return quarter.empty() ? otherwise : quarter;
}

std::string tableHead(const QuarterlyReport& report) {
    // Fixed widths, so that the columns of consecutive tables line up.
    return "<thead><tr>" + headerCell("Figure", false, 55) +
           headerCell(columnTitle(report.current.period, "This period"), true, 15) +
           headerCell(columnTitle(report.previousQuarter.period, "Previous quarter"), true, 15) +
           headerCell(std::to_string(report.current.period.to.year()) + " to date", true, 15) +
           "</tr></thead>";
}

std::string figureRow(const std::string& label, const nlohmann::json& current, const nlohmann::json& previous,
                      const nlohmann::json& yearToDate, FigureKind kind) {
    return "<tr>" + cell(label) + cell(printedFigure(current, kind), true) +
           cell(printedFigure(previous, kind), true) + cell(printedFigure(yearToDate, kind), true) + "</tr>";
}

// Rows only the printed report has: conversion along the funnel, resources against the budget.
std::string derivedRows(const ReportSection& section, const ReportScope& scope) {
    const nlohmann::json* columns[] = {&scope.current, &scope.previous, &scope.yearToDate};
    auto row = [&](const std::string& label,
                   const std::function<nlohmann::json(const nlohmann::json&)>& value) {
        return figureRow(label, value(*columns[0]), value(*columns[1]), value(*columns[2]),
                         FigureKind::Ratio);
    };
    std::string rows;
    if (section.key == "funnel") {
        rows += row("Conversion informed \u2192 visited", [](const nlohmann::json& f) {
            return ratio(numberAt(f, "/funnel/visited"), numberAt(f, "/funnel/informed"));
        });
        rows += row("Conversion visited \u2192 enhanced", [](const nlohmann::json& f) {
            return ratio(numberAt(f, "/funnel/enhanced"), numberAt(f, "/funnel/visited"));
        });
    } else if (section.key == "resources") {
        if (scope.budgetDays)
            rows += row("Expert days, share of the budget", [&](const nlohmann::json& f) {
                return ratio(numberAt(f, "/expert_days"), scope.budgetDays);
            });
        if (scope.budgetEur)
            rows += row("Cost, share of the budget", [&](const nlohmann::json& f) {
                return ratio(numberAt(f, "/cost_eur"), scope.budgetEur);
            });
    }
    return rows;
}

std::string budgetText(const ReportScope& scope) {
    if (!scope.budgetDays && !scope.budgetEur)
        return "No budget recorded.";
    const double days = numberAt(scope.yearToDate, "/expert_days").value_or(0);
    const double cost = numberAt(scope.yearToDate, "/cost_eur").value_or(0);
    auto share = [](double used, const std::optional<double>& budget) {
        return budget && *budget > 0 ? " (" + printedFigure(used / *budget, FigureKind::Ratio) + ")"
                                     : std::string{};
    };
    std::string text = "Budget: ";
    if (scope.budgetDays)
        text += printedFigure(*scope.budgetDays, FigureKind::Days) + " expert days";
    if (scope.budgetDays && scope.budgetEur)
        text += ", ";
    if (scope.budgetEur)
        text += printedFigure(*scope.budgetEur, FigureKind::Euro) + " EUR";
    return text + ". Used since 1 January: " + printedFigure(days, FigureKind::Days) + " expert days" +
           share(days, scope.budgetDays) + ", " + printedFigure(cost, FigureKind::Euro) + " EUR" +
           share(cost, scope.budgetEur) + ".";
}

std::string labelText(const ReportScope& scope) {
    if (scope.label.empty())
        return "No valid excellence label at the end of the period.";
    return "Excellence label: " + readableCode(scope.label) + ", valid until " +
           longDate(Date::parse(scope.labelExpires).value_or(Date{})) + ".";
}
} // namespace

std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string reportStyleSheet() {
    return R"css(
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #1e1e1e; }
h1 { font-size: 17pt; color: #1f4e79; margin-bottom: 4px; }
h2 { font-size: 12pt; color: #1f4e79; margin-top: 10px; margin-bottom: 4px; }
h3 { font-size: 9.5pt; color: #1f4e79; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
p.note { color: #555555; }
p.title { font-size: 24pt; color: #1f4e79; font-weight: bold; }
p.subtitle { font-size: 14pt; color: #333333; }
p.warning { color: #9c2a00; font-weight: bold; }
table.figures { border-collapse: collapse; border-color: #c8d3dd; }
table.figures th { background-color: #e4ecf3; color: #1f3550; padding: 3px; }
table.figures td { padding: 1px 2px; border-bottom: 1px solid #e6e6e6; }
)css";
}

std::string titlePageHtml(const QuarterlyReport& report) {
    const std::string organisation = escapeHtml(fixRomanianLetters(report.organisationName));
    std::string scopeName = "All clusters";
    if (!report.clusterId.empty() && !report.current.clusters.empty())
        scopeName = fixRomanianLetters(report.current.clusters.front().name);
    std::string html = "<p class=\"subtitle\">" + organisation + "</p>" +
                       "<p class=\"title\">Output summary</p>" + "<p class=\"subtitle\">" +
                       escapeHtml(periodTitle(report.current.period)) + "</p>" + "<p class=\"subtitle\">" +
                       escapeHtml(scopeName) + "</p><p>&nbsp;</p>";
    html += "<p>Outputs, resources, outcomes and follow-up of the cluster support programme, each figure "
            "beside the previous quarter and the year to date.</p>";
    html += "<p>Generated on " + escapeHtml(longDate(report.current.generatedOn)) +
            ". Follow-ups are judged overdue on " + escapeHtml(longDate(report.current.referenceDate)) +
            ".</p>";
    if (report.closed) {
        html += "<p>This quarter was closed on " + escapeHtml(report.closed->closedAt.substr(0, 10)) +
                " by " + escapeHtml(report.closed->closedBy) + ".</p>";
        if (!report.differences.empty())
            html += "<p class=\"warning\">" + std::to_string(report.differences.size()) +
                    (report.differences.size() == 1 ? " figure differs" : " figures differ") +
                    " from the report that was sent: see \u201cChanges since the report was sent\u201d.</p>";
    }
    return html;
}

std::string scopeHeadingHtml(const QuarterlyReport& report, const ReportScope& scope, bool summary) {
    std::string heading = summary ? "Summary: " + scope.title : scope.title;
    std::string html = "<h1>" + escapeHtml(heading) + "</h1>";
    html += "<p class=\"note\">" + escapeHtml(periodTitle(report.current.period)) + "</p>";
    if (scope.isCluster)
        html += "<p>" + escapeHtml(labelText(scope)) + "</p>";
    html += "<p>" + escapeHtml(budgetText(scope)) + "</p>";
    return html;
}

std::string clustersAtAGlanceHtml(const QuarterlyReport& report, const std::vector<ReportScope>& scopes) {
    std::string html =
        "<h2>Clusters at a glance, " + escapeHtml(columnTitle(report.current.period, "this period")) +
        "</h2><table class=\"figures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>" +
        headerCell("Cluster", false, 23) + headerCell("Label", false, 8) +
        headerCell("Seminar companies", true, 13) + headerCell("Visits", true, 8) +
        headerCell("Audits", true, 8) + headerCell("Support measures", true, 12) +
        headerCell("Expert days", true, 9) + headerCell("Funnel I / V / E", true, 19) + "</tr></thead>";
    for (const auto& scope : scopes) {
        if (!scope.isCluster)
            continue;
        const auto& f = scope.current;
        int audits = 0, measures = 0;
        for (const auto& [kind, count] : f.at("audits").items())
            audits += count.get<int>();
        for (const auto& [kind, count] : f.at("support_measures").items())
            measures += count.get<int>();
        const std::string funnel = printedFigure(scope.funnel.informed, FigureKind::Count) + " / " +
                                   printedFigure(scope.funnel.visited, FigureKind::Count) + " / " +
                                   printedFigure(scope.funnel.enhanced, FigureKind::Count);
        html +=
            "<tr>" + cell(scope.title) + cell(scope.label.empty() ? "\u2013" : readableCode(scope.label)) +
            cell(printedFigure(f.at("seminar_companies"), FigureKind::Count), true) +
            cell(printedFigure(f.at("visits"), FigureKind::Count), true) +
            cell(printedFigure(audits, FigureKind::Count), true) +
            cell(printedFigure(measures, FigureKind::Count), true) +
            cell(printedFigure(f.at("expert_days"), FigureKind::Days), true) + cell(funnel, true) + "</tr>";
    }
    return html + "</table>";
}

std::vector<std::string> figureTablesHtml(const QuarterlyReport& report, const ReportScope& scope) {
    std::vector<std::string> tables;
    for (const auto& section : reportSections(report.current)) {
        if (section.perCluster)
            continue; // labels and budgets are in the heading of the scope
        std::string html =
            "<h3>" + escapeHtml(section.title) +
            "</h3><table class=\"figures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">" +
            tableHead(report);
        int rows = 0;
        for (const auto& line : section.lines) {
            const auto current = figureValue(scope.current, line);
            const auto previous = figureValue(scope.previous, line);
            const auto yearToDate = figureValue(scope.yearToDate, line);
            if (section.hideZeroRows && isZero(current) && isZero(previous) && isZero(yearToDate))
                continue;
            html += figureRow(line.label, current, previous, yearToDate, line.kind);
            ++rows;
        }
        html += derivedRows(section, scope);
        if (rows == 0)
            html += "<tr><td colspan=\"4\">None in these periods.</td></tr>";
        tables.push_back(html + "</table>");
    }
    return tables;
}

std::string differencesHtml(const QuarterlyReport& report) {
    if (!report.closed)
        return {};
    std::string html = "<h2>Changes since the report was sent</h2><p>" + escapeHtml(report.closed->quarter) +
                       " was closed on " + escapeHtml(report.closed->closedAt.substr(0, 10)) + " by " +
                       escapeHtml(report.closed->closedBy) +
                       ". SHA-256 of the PDF sent: " + escapeHtml(report.closed->pdfSha256) + "</p>";
    if (report.differences.empty())
        return html + "<p>Every figure is still the one that was sent.</p>";
    html +=
        "<p class=\"warning\">These figures changed after the quarter was closed (records edited, added or "
        "deleted later):</p><table class=\"figures\" width=\"100%\" cellspacing=\"0\" "
        "cellpadding=\"2\"><thead><tr>" +
        headerCell("Scope", false) + headerCell("Figure", false) + headerCell("Sent") + headerCell("Now") +
        "</tr></thead>";
    for (const auto& d : report.differences)
        html += "<tr>" + cell(d.scope) + cell(d.figure) + cell(d.sent, true) + cell(d.now, true) + "</tr>";
    return html + "</table>";
}

std::string definitionsHtml() {
    std::string html = "<h1>Definitions</h1>";
    for (const auto& d : figureDefinitions())
        html += "<p><b>" + escapeHtml(d.term) + ".</b> " + escapeHtml(d.definition) + "</p>";
    return html;
}

std::string reportHtml(const QuarterlyReport& report,
                       const std::function<std::string(const ReportScope&, ChartKind)>& chartHtml) {
    const auto scopes = reportScopes(report);
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Output summary " +
                       escapeHtml(periodTitle(report.current.period)) + "</title><style>" +
                       reportStyleSheet() + "</style></head><body>\n" + titlePageHtml(report) + "\n";
    const std::string pageBreak = "<hr style=\"page-break-before: always\">\n";
    for (std::size_t i = 0; i < scopes.size(); ++i) {
        const auto& scope = scopes[i];
        html += pageBreak + scopeHeadingHtml(report, scope, i == 0) + "\n";
        if (i == 0 && report.clusterId.empty())
            html += clustersAtAGlanceHtml(report, scopes) + "\n";
        std::string charts;
        for (ChartKind kind : kAllCharts)
            charts += chartHtml(scope, kind);
        if (!charts.empty())
            html += "<p>" + charts + "</p>\n";
        for (const auto& table : figureTablesHtml(report, scope))
            html += table + "\n";
        if (i == 0 && report.closed)
            html += differencesHtml(report) + "\n";
    }
    html += pageBreak + definitionsHtml() + "\n</body></html>\n";
    return html;
}

} // namespace clusterdesk
