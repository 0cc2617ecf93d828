#include "cli/command.h"
#include "exchange/exchange.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

int runExchangeLog(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(0);
    auto db = context.openDatabase();
    auto log = Exchange(*db).log();
    if (log.empty()) {
        context.out << "no package was exported or imported yet\n";
        return kExitOk;
    }
    for (const auto& e : log) {
        context.out << e.at << "  " << e.direction << (e.direction == "export" ? " to   " : " from ")
                    << (e.peerName.empty() ? "anyone" : e.peerName) << "  " << e.file << "\n";
        if (e.direction == "import")
            context.out << "      added " << e.added << ", updated " << e.updated << ", skipped " << e.skipped
                        << ", in conflict " << e.inConflict << "  (package " << e.packageId << " made "
                        << e.packageCreatedAt << ", by " << e.actor << ")\n";
        else
            context.out << "      " << e.records << " records, " << e.changes << " changes: " << e.selection
                        << "  (package " << e.packageId << ", by " << e.actor << ")\n";
    }
    return kExitOk;
}

} // namespace clusterdesk::cli
