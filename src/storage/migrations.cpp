#include "storage/migrations.h"

#include "domain/error.h"
#include "storage/audit_schema.h"
#include "storage/catalogue_seed.h"
#include "storage/schema_exchange.h"
#include "storage/schema_reports.h"
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
        // Audit forms: templates, audits, answers, section notes; the bundled templates.
        [](SQLite::Database& db) {
            createAuditTables(db);
            seedBundledTemplates(db);
        },
        // The quarterly report: closed quarters and the indexes of its queries.
        createReportSchema,
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

void migrate(SQLite::Database& db, const std::string& path, int targetVersion) {
    int version = storedSchemaVersion(db);
    if (version > latestSchemaVersion())
        throw SchemaTooNewError(path + ": this database has schema version " + std::to_string(version) +
                                " but this ClusterDesk knows only up to " +
                                std::to_string(latestSchemaVersion()) + "; open it with a newer ClusterDesk");
    if (version >= targetVersion)
        return;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::EXCLUSIVE);
    for (int v = version; v < targetVersion; ++v)
        steps()[static_cast<std::size_t>(v)](db);
    db.exec("PRAGMA user_version = " + std::to_string(targetVersion));
    tx.commit();
}

} // namespace clusterdesk
