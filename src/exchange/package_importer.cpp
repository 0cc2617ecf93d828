#include "exchange/package_importer.h"

#include "domain/error.h"
#include "exchange/conflict_resolution.h"
#include "exchange/exchange_store.h"
#include "exchange/package_builder.h"
#include "exchange/package_check.h"
#include "exchange/record_merge.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <map>
#include <sqlite3.h>

namespace clusterdesk {

namespace {
// Catalogue rows a record refers to and this database lacks; rows it has (perhaps edited) are kept.
void addMissingCatalogueRows(Database& db, const Package& package) {
    for (const auto& row : package.catalogues) {
        std::string columns;
        std::string marks;
        for (const auto& [name, value] : row.columns) {
            columns += (columns.empty() ? "" : ", ") + name;
            marks += marks.empty() ? "?" : ", ?";
        }
        SQLite::Statement insert(db.sql(), "INSERT OR IGNORE INTO " + row.table + " (" + columns +
                                               ") VALUES (" + marks + ")");
        int index = 1;
        for (const auto& [name, value] : row.columns)
            value ? insert.bind(index++, *value) : insert.bind(index++);
        insert.exec();
    }
}
} // namespace

ImportSummary importPackage(Database& db, const Package& package, const std::string& source) {
    checkPackage(db, package, source);
    ExchangeStore store(db);
    ImportSummary summary;
    summary.packageId = package.packageId;
    summary.senderReplicaId = package.senderReplicaId;
    summary.senderName = package.senderName;
    summary.packageCreatedAt = package.createdAt;

    WriteTransaction tx(db);
    // References were checked against the package and the database; records go in whatever their order.
    db.sql().exec("PRAGMA defer_foreign_keys = ON");
    try {
        addMissingCatalogueRows(db, package);
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() != SQLITE_CONSTRAINT)
            throw;
        throw InputError(source + ": a catalogue row in the package cannot be stored: " + e.what());
    }
    summary.importedAt = db.now();
    summary.previouslyImportedAt = store.importedBefore(package.packageId);
    ExchangeLogEntry entry;
    entry.direction = "import";
    entry.at = summary.importedAt;
    entry.actor = db.actor();
    entry.packageId = package.packageId;
    entry.packageCreatedAt = package.createdAt;
    entry.peerReplicaId = package.senderReplicaId;
    entry.peerName = package.senderName;
    entry.file = source;
    entry.selection = package.selection;
    entry.changes = static_cast<int>(package.changes.size());
    summary.importId = store.addLog(entry);
    // A package made for another replica leaves out what that one has: it proves nothing about what
    // this database holds.
    bool forMe = package.recipientReplicaId == db.replicaId();
    bool forAnyone = package.recipientReplicaId.empty();
    store.notePeerReceived(package.senderReplicaId, package.senderName, summary.importedAt, package.packageId,
                           forMe || forAnyone ? package.coversUpToSeq : 0,
                           forMe ? package.acknowledgedSeq : 0);

    std::map<std::pair<std::string, std::string>, std::vector<const PackageChange*>> changes;
    for (const auto& change : package.changes)
        changes[{change.entity, change.recordId}].push_back(&change);
    static const std::vector<const PackageChange*> none;
    MergeContext context(db, store, package, source, summary.importId, summary.importedAt, lastChangeSeq(db));
    for (const auto& record : package.records) {
        auto it = changes.find({record.entity, record.id});
        MergeResult result = mergeRecord(context, record, it == changes.end() ? none : it->second);
        summary.newConflicts += result.newConflicts;
        switch (result.outcome) {
        case MergeOutcome::Added:
            ++summary.added;
            break;
        case MergeOutcome::Updated:
            ++summary.updated;
            break;
        case MergeOutcome::Skipped:
            ++summary.skipped;
            break;
        case MergeOutcome::InConflict:
            ++summary.inConflict;
            break;
        }
    }
    settleMootConflicts(db);
    store.updateLogCounts(summary.importId, summary);
    try {
        tx.commit();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() != SQLITE_CONSTRAINT)
            throw;
        throw InputError(source + ": the package leaves references that cannot be satisfied (" + e.what() +
                         ")");
    }
    return summary;
}

} // namespace clusterdesk
