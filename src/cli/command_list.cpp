#include "cli/cluster_lookup.h"
#include "cli/command.h"
#include "cli/table_output.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <algorithm>

namespace clusterdesk::cli {

int runList(Context& context) {
    Arguments args(context.words, {"--cluster", "--format"}, {});
    args.expectPositionalAtMost(1);
    std::string kinds;
    for (const auto& k : listableKinds())
        kinds += (kinds.empty() ? "" : "|") + k;
    const std::string& kind = args.required(0, "what to list: " + kinds);
    auto known = listableKinds();
    if (std::find(known.begin(), known.end(), kind) == known.end())
        throw UsageError("cannot list '" + kind + "'; choose " + kinds);
    std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json")
        throw UsageError("--format must be table, csv or json, not '" + format + "'");

    auto db = context.openDatabase();
    Repository repo(*db);
    std::string clusterId;
    if (auto name = args.value("--cluster"))
        clusterId = clusterIdByName(repo, *name);
    writeListing(context.out, listRecords(*db, kind, clusterId), format);
    return kExitOk;
}

} // namespace clusterdesk::cli
