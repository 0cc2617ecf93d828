#include "cli/command.h"
#include "cli/report_options.h"
#include "reports/output_summary_json.h"
#include "reports/quarterly_report.h"
#include "reports/report_documents.h"
#include "storage/closed_quarters.h"
#include "storage/database.h"
#include "storage/report_queries.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
int closeQuarter(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    const std::string quarter = args.required(1, "the quarter to close, as YYYY-Qn");
    const Period period = parseQuarter(quarter, "quarter");
    const std::string label = period.quarterLabel();
    const Date today = Date::today();
    if (today <= period.to)
        throw ValidationError("quarter", label + " ends on " + longDate(period.to) +
                                             "; a quarter can be closed from the day after it ends");
    const std::string path = args.value("-o").value_or("output-summary-" + label + ".pdf");

    auto db = context.openDatabase();
    if (auto closed = findClosedQuarter(*db, label))
        throw ValidationError("quarter", label + " was closed on " + closed->closedAt.substr(0, 10) + " by " +
                                             closed->closedBy + "; a closed quarter stays as it was sent");
    const QuarterlyReport report = buildQuarterlyReport(*db, period, {}, today);
    const QByteArray pdf = renderReportPdf(report);
    writeOutputFile(path, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size())));

    ClosedQuarter closed{label,         period, db->now(), db->actor(), toJson(report.current).dump(),
                         sha256Hex(pdf)};
    storeClosedQuarter(*db, closed);
    context.out << label << " closed: the figures are frozen as sent, the PDF is " << path
                << "\nSHA-256 of the PDF: " << closed.pdfSha256 << "\n";
    return kExitOk;
}

int listClosedQuarters(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(1);
    auto db = context.openDatabase();
    const auto all = closedQuarters(*db);
    if (all.empty())
        context.out << "no quarter has been closed yet\n";
    for (const auto& q : all) {
        const OutputSummary now = computeOutputSummary(*db, q.period, {}, Date::today());
        const auto comparison = compareWithClosedQuarter(*db, now, {});
        const std::size_t changed = comparison ? comparison->differences.size() : 0;
        context.out << q.quarter << "  closed " << q.closedAt.substr(0, 10) << " by " << q.closedBy
                    << "  sha256 " << q.pdfSha256.substr(0, 16) << "  "
                    << (changed == 0 ? std::string("figures as sent")
                                     : std::to_string(changed) + " figure(s) changed since")
                    << "\n";
    }
    return kExitOk;
}
} // namespace

int runQuarter(Context& context) {
    Arguments args(context.words, {"-o"}, {});
    const std::string action = args.required(0, "what to do: close YYYY-Qn or list");
    if (action == "close")
        return closeQuarter(context, args);
    if (action == "list")
        return listClosedQuarters(context, args);
    throw UsageError("quarter " + action + " is not known; use 'quarter close YYYY-Qn' or 'quarter list'");
}

} // namespace clusterdesk::cli
