#include "cli/command.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

int runInit(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(0);
    auto db = context.openDatabase();
    context.out << "database " << db->path() << " is ready (schema version " << Database::schemaVersion()
                << ")\n";
    return kExitOk;
}

} // namespace clusterdesk::cli
