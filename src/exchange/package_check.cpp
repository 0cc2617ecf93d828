#include "exchange/package_check.h"

#include "domain/error.h"
#include "exchange/entity_registry.h"
#include "exchange/record_history.h"
#include "storage/database.h"

#include <SQLiteCpp/Statement.h>
#include <map>
#include <set>

namespace clusterdesk {

namespace {
using RecordKey = std::pair<std::string, std::string>;

bool existsInDatabase(Database& db, const std::string& table, const std::string& key) {
    // Deleted records count: a tombstone still satisfies the reference.
    SQLite::Statement query(db.sql(), "SELECT 1 FROM " + table +
                                          (isCatalogueTable(table) ? " WHERE code = ?" : " WHERE id = ?"));
    query.bind(1, key);
    return query.executeStep();
}

std::string missingHint(const std::string& table) {
    if (table != "audit_template")
        return {};
    return " (the audit was filled in with a form template this database does not have: import the "
           "template here, or update ClusterDesk if it is one of the forms ClusterDesk comes with)";
}

std::string recordPath(std::size_t i, const PackageRecord& record) {
    return "content.records[" + std::to_string(i) + "] (" + record.entity + " " + record.id + ")";
}
} // namespace

bool isCatalogueTable(const std::string& table) {
    static const std::set<std::string> tables = [] {
        std::set<std::string> found;
        for (const auto& kind : entityKinds())
            for (const auto& field : exchangedFields(*kind.schema)) {
                std::string target = fieldReference(*kind.schema, field);
                if (!target.empty() && !findEntityKind(target))
                    found.insert(target);
            }
        return found;
    }();
    return tables.contains(table);
}

void checkPackage(Database& db, const Package& package, const std::string& source) {
    auto fail = [&](const std::string& where, const std::string& what) {
        throw InputError(source + ": " + where + ": " + what);
    };
    if (package.senderReplicaId.empty())
        fail("content.sender.replica_id", "the sender has no replica id");
    if (package.senderReplicaId == db.replicaId())
        throw InputError(source + ": this package was made by this same database (replica " + db.replicaId() +
                         "); import it into another database. If this database is a copy of another one, "
                         "the two must not exchange packages with each other");
    std::string schemaNote = " (the package was made with schema version " +
                             std::to_string(package.schemaVersion) + ", this ClusterDesk knows " +
                             std::to_string(Database::schemaVersion()) + ")";

    std::map<RecordKey, std::size_t> records;
    for (std::size_t i = 0; i < package.records.size(); ++i) {
        const auto& record = package.records[i];
        std::string path = recordPath(i, record);
        const EntityKind* kind = findEntityKind(record.entity);
        if (!kind)
            fail(path, "the entity '" + record.entity + "' is unknown to this ClusterDesk" + schemaNote);
        if (record.id.empty())
            fail(path, "the record has no id");
        if (!records.emplace(RecordKey{record.entity, record.id}, i).second)
            fail(path, "the record appears twice in the package");
        for (const auto& [name, field] : record.fields) {
            if (!isExchangedField(*kind->schema, name))
                fail(path + ".fields." + name,
                     "a " + kind->schema->label + " has no field '" + name + "'" + schemaNote);
            if (!field.version.empty() && !isChangeId(field.version))
                fail(path + ".fields." + name + ".version", "'" + field.version + "' is not a change id");
        }
    }

    for (std::size_t i = 0; i < package.changes.size(); ++i) {
        const auto& change = package.changes[i];
        std::string path = "content.changes[" + std::to_string(i) + "]";
        if (!isChangeId(change.id))
            fail(path + ".id", "'" + change.id + "' is not a change id");
        for (const auto& parent : change.parents)
            if (!isChangeId(parent))
                fail(path + ".parents", "'" + parent + "' is not a change id");
        if (!records.contains({change.entity, change.recordId}))
            fail(path, "the change is about " + change.entity + " " + change.recordId +
                           ", which the package does not hold");
        if (!isExchangedField(*findEntityKind(change.entity)->schema, change.field))
            fail(path + ".field", "a " + change.entity + " has no field '" + change.field + "'" + schemaNote);
    }

    std::set<RecordKey> catalogueRows;
    for (std::size_t i = 0; i < package.catalogues.size(); ++i) {
        const auto& row = package.catalogues[i];
        std::string path = "content.catalogues[" + std::to_string(i) + "]";
        if (!isCatalogueTable(row.table))
            fail(path, "'" + row.table + "' is not a catalogue");
        auto code = row.columns.find("code");
        if (code == row.columns.end() || !code->second)
            fail(path, "the catalogue row has no code");
        SQLite::Statement columns(db.sql(), "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
        for (const auto& [name, value] : row.columns) {
            columns.bind(1, row.table);
            columns.bind(2, name);
            if (!columns.executeStep())
                fail(path + ".row." + name, "the catalogue " + row.table + " has no column '" + name + "'");
            columns.reset();
        }
        catalogueRows.emplace(row.table, *code->second);
    }

    for (std::size_t i = 0; i < package.records.size(); ++i) {
        const auto& record = package.records[i];
        const TableSchema& schema = *findEntityKind(record.entity)->schema;
        for (const auto& [name, field] : record.fields) {
            std::string target = fieldReference(schema, name);
            if (target.empty() || !field.value)
                continue;
            auto ids = isLinkField(schema, name) ? splitIds(*field.value) : std::vector{*field.value};
            for (const auto& id : ids) {
                bool inPackage = isCatalogueTable(target) ? catalogueRows.contains({target, id})
                                                          : records.contains({target, id});
                if (!inPackage && !existsInDatabase(db, target, id))
                    fail(recordPath(i, record) + "." + name, "refers to " + target + " '" + id +
                                                                 "', which is neither in the package nor in "
                                                                 "this database" +
                                                                 missingHint(target));
            }
        }
    }
}

} // namespace clusterdesk
