#pragma once

#include "exchange/exchange_store.h"
#include "exchange/package.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

struct MergeContext {
    Database& db;
    ExchangeStore& store;
    const Package& package;
    std::string source;
    std::int64_t importId = 0;
    std::string now;
    std::int64_t lastSeq = 0; // of the change log when the import began
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
