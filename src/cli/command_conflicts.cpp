#include "cli/command.h"
#include "exchange/exchange.h"
#include "storage/database.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
std::string shown(const Conflict& c, const std::optional<std::string>& value) {
    if (c.field == "deleted_at")
        return value ? "deleted" : "kept (not deleted)";
    return value ? "\"" + *value + "\"" : "(empty)";
}

std::string who(const std::string& by, const std::string& at) {
    std::string out;
    if (!by.empty())
        out += " by " + by;
    if (!at.empty())
        out += " at " + at;
    return out;
}

void print(std::ostream& out, const Conflict& c) {
    out << "#" << c.id << "  " << (c.record.empty() ? c.entity + " " + c.recordId : c.record);
    if (c.kind == ConflictKind::EditDelete)
        out << ": deleted on one side, edited on the other";
    else
        out << ", field " << c.field;
    out << "   [" << c.entity << " " << c.recordId << "]\n";
    out << "      mine:   " << shown(c, c.mineValue) << who(c.mineChangedBy, c.mineChangedAt) << "\n";
    out << "      theirs: " << shown(c, c.theirsValue) << who(c.theirsChangedBy, c.theirsChangedAt)
        << (c.theirsReplicaName.empty() ? "" : " (" + c.theirsReplicaName + ")") << "\n";
    if (c.status == "resolved")
        out << "      resolved: kept " << c.resolution << who(c.resolvedBy, c.resolvedAt) << "\n";
    else if (c.status == "settled")
        out << "      settled by a later package" << who("", c.resolvedAt) << "\n";
}
} // namespace

int runConflictsList(Context& context) {
    Arguments args(context.words, {}, {"--all"});
    args.expectPositionalAtMost(0);
    auto db = context.openDatabase();
    auto conflicts = Exchange(*db).conflicts(args.flag("--all"));
    if (conflicts.empty()) {
        context.out << (args.flag("--all") ? "no conflicts\n" : "no open conflicts\n");
        return kExitOk;
    }
    std::size_t open = 0;
    for (const auto& c : conflicts) {
        print(context.out, c);
        open += c.status == "open";
    }
    if (open > 0)
        context.out << open << (open == 1 ? " open conflict" : " open conflicts")
                    << "; decide with: clusterdesk-cli conflicts resolve ID --keep mine|theirs\n";
    return kExitOk;
}

int runConflictsResolve(Context& context) {
    Arguments args(context.words, {"--keep"}, {});
    args.expectPositionalAtMost(1);
    const std::string& idText = args.required(0, "ID: the conflict to resolve ('conflicts list' shows them)");
    std::int64_t id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(idText, &used);
        if (used != idText.size())
            throw std::invalid_argument(idText);
    } catch (const std::exception&) {
        throw UsageError("'" + idText + "' is not a conflict id (a number from 'conflicts list')");
    }
    auto keep = args.value("--keep");
    if (!keep || (*keep != "mine" && *keep != "theirs"))
        throw UsageError("--keep mine or --keep theirs says which value stays");
    auto db = context.openDatabase();
    Exchange(*db).resolveConflict(id, *keep == "mine" ? Keep::Mine : Keep::Theirs);
    context.out << "conflict #" << id << " resolved: kept " << *keep
                << "; the next package to the other side settles it there too\n";
    return kExitOk;
}

} // namespace clusterdesk::cli
