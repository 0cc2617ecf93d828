#include "cli/command.h"
#include "exchange/exchange.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

int runImportPackage(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(1);
    const std::string& file = args.required(0, "FILE: the package to import");
    auto db = context.openDatabase();
    Exchange exchange(*db);
    ImportSummary s = exchange.importPackage(file);
    context.out << "imported " << file << " (package " << s.packageId << ")\n"
                << "  from: " << s.senderName << " (replica " << s.senderReplicaId << "), made "
                << s.packageCreatedAt << "\n"
                << "  added " << s.added << ", updated " << s.updated << ", skipped " << s.skipped
                << ", in conflict " << s.inConflict << "\n";
    if (!s.previouslyImportedAt.empty())
        context.out << "  this package was imported before, on " << s.previouslyImportedAt
                    << ": nothing new came in\n";
    if (s.newConflicts > 0)
        context.out << "  " << s.newConflicts << (s.newConflicts == 1 ? " new conflict" : " new conflicts")
                    << ": nothing was overwritten; see them with 'conflicts list' and decide with "
                       "'conflicts resolve ID --keep mine|theirs'\n";
    return kExitOk;
}

} // namespace clusterdesk::cli
