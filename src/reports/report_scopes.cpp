#include "reports/report_scopes.h"

#include "domain/text.h"
#include "reports/output_summary_json.h"

namespace clusterdesk {

namespace {
const OutputFigures* figuresOf(const OutputSummary& summary, const std::string& clusterId) {
    if (clusterId.empty())
        return &summary.totals;
    for (const auto& c : summary.clusters)
        if (c.id == clusterId)
            return &c.figures;
    return nullptr;
}

nlohmann::json figuresJson(const OutputSummary& summary, const std::string& clusterId) {
    const OutputFigures* figures = figuresOf(summary, clusterId);
    return toJson(figures ? *figures : OutputFigures{});
}

void addBudget(std::optional<double>& sum, const std::optional<double>& value) {
    if (value)
        sum = sum.value_or(0) + *value;
}

ReportScope scopeOf(const QuarterlyReport& report, const ClusterOutput* cluster) {
    ReportScope scope;
    const std::string id = cluster ? cluster->id : std::string{};
    if (cluster) {
        scope.title = fixRomanianLetters(cluster->name);
        scope.isCluster = true;
        scope.label = cluster->label;
        scope.labelExpires = cluster->labelExpires;
        scope.budgetDays = cluster->budgetDays;
        scope.budgetEur = cluster->budgetEur;
    } else {
        scope.title = "All clusters";
        for (const auto& c : report.current.clusters) {
            addBudget(scope.budgetDays, c.budgetDays);
            addBudget(scope.budgetEur, c.budgetEur);
        }
    }
    scope.current = figuresJson(report.current, id);
    scope.previous = figuresJson(report.previousQuarter, id);
    scope.yearToDate = figuresJson(report.yearToDate, id);
    if (const auto* f = figuresOf(report.current, id))
        scope.funnel = f->funnel;
    for (const auto& q : report.recentQuarters) {
        const OutputFigures* f = figuresOf(q, id);
        scope.quarters.push_back({q.period.quarterLabel(), f ? *f : OutputFigures{}});
    }
    std::vector<MonthEffort> months(12);
    for (int m = 0; m < 12; ++m)
        months[static_cast<std::size_t>(m)].month = m + 1;
    for (const auto& [clusterId, series] : report.effortByMonth) {
        if (!id.empty() && clusterId != id)
            continue;
        for (const auto& e : series) {
            auto& month = months.at(static_cast<std::size_t>(e.month - 1));
            month.days += e.days;
            month.costEur += e.costEur;
        }
    }
    scope.lastMonth = static_cast<int>(report.current.period.to.month());
    months.resize(static_cast<std::size_t>(scope.lastMonth));
    scope.effortByMonth = std::move(months);
    return scope;
}
} // namespace

std::vector<ReportScope> reportScopes(const QuarterlyReport& report) {
    std::vector<ReportScope> scopes;
    if (!report.clusterId.empty()) {
        for (const auto& c : report.current.clusters)
            if (c.id == report.clusterId)
                scopes.push_back(scopeOf(report, &c));
        return scopes;
    }
    scopes.push_back(scopeOf(report, nullptr));
    for (const auto& c : report.current.clusters)
        scopes.push_back(scopeOf(report, &c));
    return scopes;
}

} // namespace clusterdesk
