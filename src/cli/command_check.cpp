#include "cli/command.h"
#include "storage/database.h"
#include "storage/integrity_check.h"

#include <ostream>

namespace clusterdesk::cli {

int runCheck(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(0);
    auto db = context.openDatabase();
    auto problems = checkIntegrity(*db);
    if (problems.empty()) {
        context.out << db->path() << ": no problems found\n";
        return kExitOk;
    }
    for (const auto& p : problems)
        context.err << db->path() << ": " << p.where << ": " << p.message << "\n";
    context.err << problems.size() << " problem(s) found; fix them in the app, or restore a backup\n";
    return kExitStorage;
}

} // namespace clusterdesk::cli
