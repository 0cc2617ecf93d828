#include "cli/command.h"
#include "cli/report_options.h"
#include "reports/quarter_closing.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
int close(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    const Period quarter = parseQuarter(args.required(1, "the quarter to close, as YYYY-Qn"), "quarter");
    const std::string path = args.value("-o").value_or("output-summary-" + quarter.quarterLabel() + ".pdf");
    auto db = context.openDatabase();
    const ClosedQuarter closed = closeQuarter(*db, quarter, Date::today(), [&](const QByteArray& pdf) {
        writeOutputFile(path, std::string(pdf.constData(), static_cast<std::size_t>(pdf.size())));
    });
    context.out << closed.quarter << " closed: the figures are frozen as sent, the PDF is " << path
                << "\nSHA-256 of the PDF: " << closed.pdfSha256 << "\n";
    return kExitOk;
}

int listClosedQuarters(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(1);
    auto db = context.openDatabase();
    const auto all = compareClosedQuarters(*db, Date::today());
    if (all.empty())
        context.out << "no quarter has been closed yet\n";
    for (const auto& [q, differences] : all) {
        const std::size_t changed = differences.size();
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
        return close(context, args);
    if (action == "list")
        return listClosedQuarters(context, args);
    throw UsageError("quarter " + action + " is not known; use 'quarter close YYYY-Qn' or 'quarter list'");
}

} // namespace clusterdesk::cli
