#pragma once

#include "exchange/entity_registry.h"
#include "exchange/exchange_store.h"
#include "exchange/package.h"
#include "storage/database.h"
#include "storage/record_table.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// What merging needs per table, made once per import.
struct TableTools {
    TableTools(Database& db, const TableSchema& schema)
        : table(db, schema)
        , writer(db, schema) {}
    RecordTable table;
    FieldWriter writer;
};

struct MergeContext {
    MergeContext(Database& database, ExchangeStore& exchangeStore, const Package& merged, std::string from,
                 std::int64_t import, std::string at, std::int64_t seq)
        : db(database)
        , store(exchangeStore)
        , package(merged)
        , source(std::move(from))
        , importId(import)
        , now(std::move(at))
        , lastSeq(seq)
        , statements(database.sql()) {}

    Database& db;
    ExchangeStore& store;
    const Package& package;
    std::string source;
    std::int64_t importId = 0;
    std::string now;
    std::int64_t lastSeq = 0; // of the change log when the import began
    StatementCache statements;
    std::map<std::string, std::unique_ptr<TableTools>> tables;

    TableTools& tools(const TableSchema& schema) {
        auto& tools = tables[schema.table];
        if (!tools)
            tools = std::make_unique<TableTools>(db, schema);
        return *tools;
    }
};

enum class MergeOutcome { Added, Updated, Skipped, InConflict };

struct MergeResult {
    MergeOutcome outcome = MergeOutcome::Skipped;
    int newConflicts = 0;
};

// Merges one record of a package into the database, field by field (the tombstone being one more
// field). For each field: a version this database already has, or one older than its own, is skipped;
// a version made on top of this database's is applied, with the changes that led to it logged under
// their origin; a version made at the same time as this database's, with another value, becomes a
// conflict. A delete made without seeing an edit here, or an edit made without seeing a delete here,
// is a conflict too.
MergeResult mergeRecord(MergeContext& context, const PackageRecord& record,
                        const std::vector<const PackageChange*>& changes);

} // namespace clusterdesk
