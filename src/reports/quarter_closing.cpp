#include "reports/quarter_closing.h"

#include "domain/error.h"
#include "reports/output_summary_json.h"
#include "reports/report_documents.h"
#include "storage/database.h"
#include "storage/report_queries.h"

namespace clusterdesk {

std::optional<std::string> quarterClosingRefusal(Database& db, const Period& period, const Date& today) {
    const std::string label = period.quarterLabel();
    if (label.empty())
        return "only a whole quarter can be closed, not " + periodTitle(period);
    if (today <= period.to)
        return label + " ends on " + longDate(period.to) +
               "; a quarter can be closed from the day after it ends";
    if (auto closed = findClosedQuarter(db, label))
        return label + " was closed on " + closed->closedAt.substr(0, 10) + " by " + closed->closedBy +
               "; a closed quarter stays as it was sent";
    return std::nullopt;
}

ClosedQuarter closeQuarter(Database& db, const Period& quarter, const Date& today,
                           const std::function<void(const QByteArray& pdf)>& send) {
    if (auto refusal = quarterClosingRefusal(db, quarter, today))
        throw ValidationError("quarter", *refusal);
    const QuarterlyReport report = buildQuarterlyReport(db, quarter, {}, today);
    const QByteArray pdf = renderReportPdf(report);
    send(pdf);
    ClosedQuarter closed{quarter.quarterLabel(),        quarter,       db.now(), db.actor(),
                         toJson(report.current).dump(), sha256Hex(pdf)};
    storeClosedQuarter(db, closed);
    return closed;
}

std::vector<SentComparison> compareClosedQuarters(Database& db, const Date& today) {
    std::vector<SentComparison> result;
    for (const auto& closed : closedQuarters(db)) {
        const OutputSummary now = computeOutputSummary(db, closed.period, {}, today);
        if (auto comparison = compareWithClosedQuarter(db, now, {}))
            result.push_back(std::move(*comparison));
    }
    return result;
}

} // namespace clusterdesk
