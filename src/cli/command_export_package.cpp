#include "cli/command.h"
#include "exchange/exchange.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
std::string count(int n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

int runExportPackage(Context& context) {
    Arguments args(context.words, {"-o", "--output", "--peer"}, {"--all"}, {"--company", "--audits-by"});
    args.expectPositionalAtMost(0);
    auto output = args.value("-o") ? args.value("-o") : args.value("--output");
    if (!output)
        throw UsageError("missing -o FILE: where to write the package");
    ExportRequest request;
    request.peer = args.value("--peer").value_or(std::string{});
    request.companyIds = args.values("--company");
    request.auditsBy = args.values("--audits-by");
    request.everything = args.flag("--all");
    if (request.everything && (!request.companyIds.empty() || !request.auditsBy.empty()))
        throw UsageError("--all cannot be combined with --company or --audits-by");

    auto db = context.openDatabase();
    Exchange exchange(*db);
    ExportSummary summary = exchange.exportPackage(request, *output);
    context.out << "wrote " << summary.file << " (package " << summary.packageId << ")\n"
                << "  from: " << exchange.replicaName() << "\n"
                << "  for: " << (summary.peerName.empty() ? "anyone" : summary.peerName) << "\n"
                << "  holds: " << summary.selection << "\n"
                << "  " << count(summary.records, "record", "records") << " with "
                << count(summary.changes, "change", "changes") << ", and "
                << count(summary.referenced, "record", "records") << " they refer to\n";
    for (const auto& entity : summary.leftOut)
        context.err << "warning: changes to " << entity
                    << " records were left out: the exchange does not know this entity yet\n";
    return kExitOk;
}

} // namespace clusterdesk::cli
