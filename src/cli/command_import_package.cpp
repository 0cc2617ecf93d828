#include "cli/command.h"
#include "exchange/exchange.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

int runImportPackage(Context& context) {
    Arguments args(context.words, {}, {"--dry-run"});
    args.expectPositionalAtMost(1);
    const std::string& file = args.required(0, "FILE: the package to import");
    auto db = context.openDatabase();
    Exchange exchange(*db);
    if (args.flag("--dry-run")) {
        PackageInfo info = exchange.inspectPackage(file);
        context.out << file << " is a valid package (" << info.packageId << "), nothing was written\n"
                    << "  from: " << info.senderName << " (replica " << info.senderReplicaId << "), made "
                    << info.createdAt << "\n"
                    << "  for: " << (info.recipientName.empty() ? "anyone" : info.recipientName)
                    << (info.forThisDatabase ? "" : " (not this database)") << "\n"
                    << "  holds: " << info.selection << "\n"
                    << "  " << info.records << " records with " << info.changes << " changes, and "
                    << info.referenced << " records they refer to\n";
        if (!info.previouslyImportedAt.empty())
            context.out << "  it was imported here before, on " << info.previouslyImportedAt << "\n";
        return kExitOk;
    }
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
