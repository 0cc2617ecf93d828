#include "cli/command.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/repository.h"

#include <ostream>

namespace clusterdesk::cli {

int runDemo(Context& context) {
    Arguments args(context.words, {}, {});
    args.expectPositionalAtMost(0);
    auto db = context.openDatabase();
    if (!db->isEmpty()) {
        context.err << "error: " << db->path()
                    << " already holds data; the demo goes into an empty database, e.g.\n"
                       "  clusterdesk-cli --db demo.sqlite demo\n";
        return kExitInvalidInput;
    }
    Repository repo(*db);
    loadDemoData(repo);
    context.out << "demo data loaded into " << db->path()
                << ": 4 clusters, 24 companies, 1 seminar, 5 business reviews, 2 innovation audits (2016)\n";
    return kExitOk;
}

} // namespace clusterdesk::cli
