#include "cli/cluster_lookup.h"
#include "cli/command.h"
#include "domain/text.h"
#include "io/company_csv.h"
#include "io/csv_reader.h"
#include "storage/company_import.h"

#include <ostream>
#include <spdlog/spdlog.h>

namespace clusterdesk::cli {

namespace {
std::map<std::string, std::string> columnOverrides(const Arguments& args) {
    std::map<std::string, std::string> overrides;
    for (const auto& mapping : args.values("--map")) {
        auto eq = mapping.find('=');
        if (eq == std::string::npos || trim(mapping.substr(0, eq)).empty())
            throw UsageError("--map needs \"Column=field\" (e.g. --map \"Cod fiscal=fiscal_code\"), not '" +
                             mapping + "'");
        overrides[trim(mapping.substr(0, eq))] = trim(mapping.substr(eq + 1));
    }
    return overrides;
}

} // namespace

int runImport(Context& context) {
    Arguments args(context.words, {"--cluster"}, {"--dry-run"}, {"--map"});
    const std::string& what = args.required(0, "what to import: import companies FILE.csv");
    if (what != "companies")
        throw UsageError("cannot import '" + what + "'; only 'import companies FILE.csv' is known");
    const std::string& file = args.required(1, "the CSV file: import companies FILE.csv");
    args.expectPositionalAtMost(2);
    auto overrides = columnOverrides(args);
    bool dryRun = args.flag("--dry-run");

    // The file is read and checked before the database is opened, so a bad file touches nothing.
    std::string text = readTextFile(file);
    ParsedCompanies parsed;
    try {
        parsed = parseCompanyCsv(text, file, overrides);
    } catch (const ColumnMappingError& e) {
        throw UsageError(e.what());
    }
    auto mapped = [&](const std::string& header) {
        for (const auto& [column, field] : overrides)
            if (column == header || columnKey(column) == columnKey(header))
                return true;
        return false;
    };
    for (const auto& column : parsed.columns)
        if (column.field.empty() && !column.header.empty() && !mapped(column.header))
            context.err << "note: column '" << column.header << "' is not imported (map it with --map \""
                        << column.header << "=field\")\n";

    auto db = context.openDatabase();
    Repository repo(*db);
    std::string clusterId;
    std::string clusterName;
    if (auto name = args.value("--cluster")) {
        clusterId = clusterIdByName(repo, *name);
        clusterName = repo.clusters().get(clusterId).name;
    }

    ImportResult result = importCompanies(repo, parsed, clusterId, dryRun);
    if (!result.problems.empty()) {
        for (const auto& p : result.problems)
            context.err << file << ":" << p.line << ": " << (p.field.empty() ? "" : p.field + ": ")
                        << p.message << "\n";
        context.err << result.problems.size() << (result.problems.size() == 1 ? " problem" : " problems")
                    << ", nothing was imported\n";
        spdlog::info("import companies refused: {} problems", result.problems.size());
        return kExitInvalidInput;
    }
    context.out << "created " << result.created << ", updated " << result.updated << ", unchanged "
                << result.unchanged << "\n";
    if (!clusterId.empty())
        context.out << result.joined << " joined cluster " << clusterName << "\n";
    if (dryRun)
        context.out << "dry run: nothing was written\n";
    spdlog::info("import companies{}: created {}, updated {}, unchanged {}, joined {}",
                 dryRun ? " (dry run)" : "", result.created, result.updated, result.unchanged, result.joined);
    return kExitOk;
}

} // namespace clusterdesk::cli
