#include "reports/quarter_closing.h"

#include "domain/error.h"
#include "reports/output_summary_json.h"
#include "reports/quarterly_report.h"
#include "reports/report_documents.h"
#include "storage/database.h"

namespace clusterdesk {

ClosedQuarter closeQuarter(Database& db, const Period& quarter, const Date& today,
                           const std::function<void(const QByteArray& pdf)>& send) {
    const std::string label = quarter.quarterLabel();
    if (label.empty())
        throw ValidationError("quarter", "only a whole quarter can be closed");
    if (today <= quarter.to)
        throw ValidationError("quarter", label + " ends on " + longDate(quarter.to) +
                                             "; a quarter can be closed from the day after it ends");
    if (auto closed = findClosedQuarter(db, label))
        throw ValidationError("quarter", label + " was closed on " + closed->closedAt.substr(0, 10) + " by " +
                                             closed->closedBy + "; a closed quarter stays as it was sent");
    const QuarterlyReport report = buildQuarterlyReport(db, quarter, {}, today);
    const QByteArray pdf = renderReportPdf(report);
    send(pdf);
    ClosedQuarter closed{label, quarter, db.now(), db.actor(), toJson(report.current).dump(), sha256Hex(pdf)};
    storeClosedQuarter(db, closed);
    return closed;
}

} // namespace clusterdesk
