#include "cli/cluster_lookup.h"
#include "cli/command.h"
#include "cli/report_options.h"
#include "reports/output_summary_csv.h"
#include "reports/output_summary_json.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "storage/repository.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
const char* const kFormats = "json, csv";

std::string formatOf(const Arguments& args) {
    if (auto format = args.value("--format")) {
        if (*format == "json" || *format == "csv")
            return *format;
        throw UsageError("--format " + *format + " is not known; use one of " + kFormats);
    }
    // Without --format the file name says it ("-o summary.csv"); on the terminal JSON is the default.
    const std::string path = args.value("-o").value_or("");
    return path.ends_with(".csv") ? "csv" : "json";
}
} // namespace

int runReport(Context& context) {
    Arguments args(context.words, {"--quarter", "--from", "--to", "--cluster", "--format", "-o"}, {});
    args.expectPositionalAtMost(0);
    const Date today = Date::today();
    const Period period = reportPeriod(args, today);
    const std::string format = formatOf(args);

    auto db = context.openDatabase();
    Repository repo(*db);
    const std::string clusterId =
        args.value("--cluster") ? clusterIdByName(repo, *args.value("--cluster")) : "";
    const OutputSummary summary = computeOutputSummary(*db, period, clusterId, today);

    const std::string text = format == "csv" ? toCsv(summary) : toJson(summary).dump(2) + "\n";
    if (auto path = args.value("-o")) {
        writeOutputFile(*path, text);
        context.err << "output summary " << period.from.toString() << " to " << period.to.toString()
                    << " written to " << *path << "\n";
    } else {
        context.out << text;
    }
    return kExitOk;
}

} // namespace clusterdesk::cli
