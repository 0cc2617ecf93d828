#include "reports/quarterly_report.h"

#include "domain/error.h"
#include "reports/output_summary_json.h"
#include "storage/database.h"
#include "storage/report_queries.h"

namespace clusterdesk {

namespace {
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
} // namespace

std::string longDate(const Date& date) {
    if (!date.isValid())
        return {};
    return std::to_string(date.day()) + " " + kMonths[date.month() - 1] + " " + std::to_string(date.year());
}

std::string periodTitle(const Period& period) {
    std::string from = longDate(period.from);
    if (period.from.year() == period.to.year())
        from = from.substr(0, from.rfind(' '));
    const std::string span = from + " \u2013 " + longDate(period.to);
    const std::string quarter = period.quarterLabel();
    return quarter.empty() ? span : quarter + " (" + span + ")";
}

QuarterlyReport buildQuarterlyReport(Database& db, const Period& period, const std::string& clusterId,
                                     const Date& today) {
    QuarterlyReport report;
    report.organisationName = db.setting("organisation_name");
    if (report.organisationName.empty())
        report.organisationName = "ClusterDesk";
    report.clusterId = clusterId;
    auto summaryOf = [&](const Period& p, bool funnel) {
        return computeOutputSummary(db, p, clusterId, today, SummaryParts{funnel});
    };
    report.current = summaryOf(period, true);
    report.previousQuarter = summaryOf(period.previousQuarter(), true);
    if (period.yearToDate() == period) {
        report.yearToDate = report.current;
    } else {
        // The funnel is "as of the last day", the same day for the period and its year to date.
        report.yearToDate = summaryOf(period.yearToDate(), false);
        report.yearToDate.totals.funnel = report.current.totals.funnel;
        for (auto& cluster : report.yearToDate.clusters)
            for (const auto& same : report.current.clusters)
                if (same.id == cluster.id)
                    cluster.figures.funnel = same.figures.funnel;
    }

    // The chart's quarters reuse the summaries above where they are the same period; it shows outputs
    // only, so the others skip the funnel.
    std::vector<Period> quarters{Period::quarterOf(period.to)};
    while (quarters.size() < 4)
        quarters.insert(quarters.begin(), quarters.front().previousQuarter());
    for (const auto& q : quarters) {
        if (q == report.current.period)
            report.recentQuarters.push_back(report.current);
        else if (q == report.previousQuarter.period)
            report.recentQuarters.push_back(report.previousQuarter);
        else
            report.recentQuarters.push_back(summaryOf(q, false));
    }
    report.effortByMonth = effortByMonth(db, period.yearToDate(), clusterId);

    if (auto comparison = compareWithClosedQuarter(db, report.current, clusterId)) {
        report.closed = std::move(comparison->closed);
        report.differences = std::move(comparison->differences);
    }
    return report;
}

std::optional<SentComparison> compareWithClosedQuarter(Database& db, const OutputSummary& summary,
                                                       const std::string& clusterId) {
    const std::string quarter = summary.period.quarterLabel();
    if (quarter.empty())
        return std::nullopt;
    auto closed = findClosedQuarter(db, quarter);
    if (!closed)
        return std::nullopt;
    SentComparison comparison{*closed, {}};
    const auto sent = nlohmann::json::parse(closed->figuresJson, nullptr, false);
    if (sent.is_discarded())
        throw StorageError("the figures stored when " + quarter +
                           " was closed cannot be read; the database may be damaged");
    comparison.differences = compareWithSent(sent, summary, clusterId.empty());
    return comparison;
}

} // namespace clusterdesk
