#include "storage/migrations.h"

#include "domain/error.h"
#include "storage/catalogue_seed.h"
#include "storage/schema_exchange.h"
#include "storage/schema_v1.h"

#include <SQLiteCpp/Transaction.h>
#include <functional>
#include <vector>

namespace clusterdesk {

namespace {
using Step = std::function<void(SQLite::Database&)>;

// Append only: a released step never changes, a new schema change is a new step.
const std::vector<Step>& steps() {
    static const std::vector<Step> all = {
        [](SQLite::Database& db) {
            createSchemaV1(db);
            seedCatalogues(db);
        },
        createExchangeSchema,
    };
    return all;
}
} // namespace

int latestSchemaVersion() {
    return static_cast<int>(steps().size());
}

int storedSchemaVersion(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

void migrate(SQLite::Database& db, const std::string& path) {
    int version = storedSchemaVersion(db);
    if (version > latestSchemaVersion())
        throw SchemaTooNewError(path + ": this database has schema version " + std::to_string(version) +
                                " but this ClusterDesk knows only up to " +
                                std::to_string(latestSchemaVersion()) + "; open it with a newer ClusterDesk");
    if (version == latestSchemaVersion())
        return;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::EXCLUSIVE);
    for (int v = version; v < latestSchemaVersion(); ++v)
        steps()[static_cast<std::size_t>(v)](db);
    db.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion()));
    tx.commit();
}

} // namespace clusterdesk
