#include "cli/cluster_lookup.h"
#include "cli/command.h"
#include "cli/report_options.h"
#include "reports/quarterly_report.h"
#include "reports/report_documents.h"
#include "reports/summary_exports.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "storage/repository.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
const char* const kFormats[] = {"json", "csv", "html", "pdf"};

std::string formatOf(const Arguments& args) {
    const auto format = args.value("--format");
    const std::string path = args.value("-o").value_or("");
    for (const char* known : kFormats)
        if (format ? *format == known : path.ends_with(std::string(".") + known))
            return known;
    if (!format)
        return "json"; // on the terminal, and for a file whose name says nothing
    throw UsageError("--format " + *format + " is not known; use json, csv, html or pdf");
}

void warnAboutDifferences(Context& context, const SentComparison& comparison) {
    if (comparison.differences.empty())
        return;
    context.err << "note: " << comparison.closed.quarter << " was closed on "
                << comparison.closed.closedAt.substr(0, 10) << "; " << comparison.differences.size()
                << " figure(s) now differ from what was sent:\n";
    for (const auto& d : comparison.differences)
        context.err << "  " << d.scope << ", " << d.figure << ": sent " << d.sent << ", now " << d.now
                    << "\n";
}
} // namespace

int runReport(Context& context) {
    Arguments args(context.words, {"--quarter", "--from", "--to", "--cluster", "--format", "-o"}, {});
    args.expectPositionalAtMost(0);
    const Date today = Date::today();
    const Period period = reportPeriod(args, today);
    const std::string format = formatOf(args);
    const auto path = args.value("-o");
    if (format == "pdf" && !path)
        throw UsageError("--format pdf writes a file: add -o FILE.pdf");

    auto db = context.openDatabase();
    Repository repo(*db);
    const std::string clusterId =
        args.value("--cluster") ? clusterIdByName(repo, *args.value("--cluster")) : "";

    std::string output;
    if (format == "pdf" || format == "html") {
        const QuarterlyReport report = buildQuarterlyReport(*db, period, clusterId, today);
        if (format == "pdf") {
            const QByteArray pdf = renderReportPdf(report);
            output.assign(pdf.constData(), static_cast<std::size_t>(pdf.size()));
        } else {
            output = renderReportHtml(report);
        }
        if (report.closed)
            warnAboutDifferences(context, {*report.closed, report.differences});
    } else {
        const OutputSummary summary = computeOutputSummary(*db, period, clusterId, today);
        const auto comparison = compareWithClosedQuarter(*db, summary, clusterId);
        output = format == "csv" ? summaryCsvFile(summary, comparison) : summaryJsonFile(summary, comparison);
        if (comparison)
            warnAboutDifferences(context, *comparison);
    }

    if (path) {
        writeOutputFile(*path, output);
        context.err << "output summary " << period.from.toString() << " to " << period.to.toString() << " ("
                    << format << ") written to " << *path << "\n";
    } else {
        context.out << output;
    }
    return kExitOk;
}

} // namespace clusterdesk::cli
