#include "exchange/package_builder.h"

#include "domain/error.h"
#include "exchange/entity_registry.h"
#include "exchange/record_history.h"
#include "storage/database.h"
#include "storage/record_table.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <deque>
#include <memory>

namespace clusterdesk {

namespace {
using RecordKey = std::pair<std::string, std::string>; // entity, id

bool recordExists(Database& db, const std::string& table, const std::string& id) {
    SQLite::Statement query(db.sql(), "SELECT 1 FROM " + table + " WHERE id = ?");
    query.bind(1, id);
    return query.executeStep();
}

// Records that refer to the given one through a column or a link set.
std::vector<RecordKey> referrers(Database& db, const std::string& table, const std::string& id) {
    std::vector<RecordKey> found;
    for (const auto& kind : entityKinds()) {
        const TableSchema& schema = *kind.schema;
        for (const auto& column : schema.columns) {
            if (column.references != table)
                continue;
            SQLite::Statement query(db.sql(),
                                    "SELECT id FROM " + schema.table + " WHERE " + column.name + " = ?");
            query.bind(1, id);
            while (query.executeStep())
                found.emplace_back(schema.table, query.getColumn(0).getString());
        }
        for (const auto& link : schema.links) {
            if (link.references != table)
                continue;
            SQLite::Statement query(db.sql(), "SELECT " + link.ownerColumn + " FROM " + link.table +
                                                  " WHERE " + link.memberColumn + " = ?");
            query.bind(1, id);
            while (query.executeStep())
                found.emplace_back(schema.table, query.getColumn(0).getString());
        }
    }
    return found;
}

CatalogueRow readCatalogueRow(Database& db, const std::string& table, const std::string& code) {
    SQLite::Statement query(db.sql(), "SELECT * FROM " + table + " WHERE code = ?");
    query.bind(1, code);
    CatalogueRow row;
    row.table = table;
    if (query.executeStep())
        for (int c = 0; c < query.getColumnCount(); ++c) {
            auto column = query.getColumn(c);
            row.columns[query.getColumnName(c)] =
                column.isNull() ? std::nullopt : std::optional<std::string>(column.getString());
        }
    return row;
}

PackageRecord packageRecord(const TableSchema& schema, const RowData& row, const RecordHistory& history) {
    PackageRecord record;
    record.entity = schema.table;
    record.id = row.id;
    record.createdAt = row.createdAt;
    record.updatedAt = row.updatedAt;
    record.changedBy = row.changedBy;
    for (const auto& field : exchangedFields(schema))
        record.fields[field] = {fieldText(schema, row, field), history.version(field)};
    return record;
}
} // namespace

std::int64_t lastChangeSeq(Database& db) {
    return db.sql().execAndGet("SELECT coalesce(max(seq), 0) FROM change_log").getInt64();
}

PackagePlan planChangesSince(Database& db, std::int64_t sinceSeq, const std::string& skipReplica) {
    PackagePlan plan;
    plan.sinceSeq = sinceSeq;
    plan.skipReplica = skipReplica;
    // Records whose only new entries came from the recipient go too (without those entries): their
    // state tells the recipient which of its versions this database took, which settles conflicts
    // there that no longer need a decision.
    SQLite::Statement query(db.sql(), "SELECT DISTINCT entity, record_id FROM change_log WHERE seq > ?");
    query.bind(1, static_cast<int64_t>(sinceSeq));
    while (query.executeStep()) {
        std::string entity = query.getColumn(0).getString();
        if (findEntityKind(entity))
            plan.records[entity].insert(query.getColumn(1).getString());
        else
            plan.unknownEntities.insert(entity);
    }
    return plan;
}

PackagePlan planEverything(Database& db) {
    PackagePlan plan;
    plan.selection = "everything";
    SQLite::Statement entities(db.sql(), "SELECT DISTINCT entity FROM change_log");
    while (entities.executeStep())
        if (!findEntityKind(entities.getColumn(0).getString()))
            plan.unknownEntities.insert(entities.getColumn(0).getString());
    for (const auto& kind : entityKinds()) {
        SQLite::Statement query(db.sql(),
                                "SELECT id FROM " + kind.schema->table + " WHERE " + travellingRows(kind));
        auto& ids = plan.records[kind.schema->table];
        while (query.executeStep())
            ids.insert(query.getColumn(0).getString());
    }
    return plan;
}

PackagePlan planSelection(Database& db, const std::vector<std::string>& companyIds,
                          const std::vector<std::string>& auditsBy) {
    PackagePlan plan;
    std::deque<RecordKey> queue;
    for (const auto& id : companyIds) {
        if (!recordExists(db, "company", id))
            throw NotFoundError("there is no company with id " + id);
        queue.emplace_back("company", id);
    }
    const EntityKind* visit = findEntityKind("visit");
    for (const auto& personId : auditsBy) {
        if (!recordExists(db, "person", personId))
            throw NotFoundError("there is no person with id " + personId);
        for (const auto& link : visit->schema->links) {
            if (link.field != "staff_ids")
                continue;
            SQLite::Statement query(db.sql(), "SELECT " + link.ownerColumn + " FROM " + link.table +
                                                  " WHERE " + link.memberColumn + " = ?");
            query.bind(1, personId);
            while (query.executeStep())
                queue.emplace_back("visit", query.getColumn(0).getString());
        }
    }
    while (!queue.empty()) {
        auto [table, id] = queue.front();
        queue.pop_front();
        if (!plan.records[table].insert(id).second)
            continue;
        for (auto& referrer : referrers(db, table, id))
            queue.push_back(std::move(referrer));
    }
    std::string words;
    for (const auto& id : companyIds)
        words += (words.empty() ? "" : ", ") + std::string("company ") + id;
    for (const auto& id : auditsBy)
        words += (words.empty() ? "" : ", ") + std::string("visits of person ") + id;
    plan.selection = words + ", with everything about them";
    return plan;
}

Package buildPackage(Database& db, const PackagePlan& plan) {
    Package package;
    package.selection = plan.selection;
    std::set<RecordKey> included;
    std::set<std::pair<std::string, std::string>> catalogueCodes;
    std::vector<std::pair<std::int64_t, PackageChange>> changes;
    std::deque<RecordKey> referenced;
    StatementCache statements(db.sql());
    std::map<std::string, std::unique_ptr<RecordTable>> tables;

    auto addRecord = [&](const EntityKind& kind, const std::string& id, bool referenceOnly) {
        const TableSchema& schema = *kind.schema;
        if (isLocalOnly(db, kind, id))
            return;
        auto& table = tables[schema.table];
        if (!table)
            table = std::make_unique<RecordTable>(db, schema);
        auto row = table->find(id, true);
        if (!row)
            return;
        RecordHistory history = RecordHistory::load(statements, schema.table, id);
        PackageRecord record = packageRecord(schema, *row, history);
        record.referenceOnly = referenceOnly;
        package.records.push_back(std::move(record));
        if (!referenceOnly)
            for (const auto& entry : history.entries()) {
                if (entry.seq <= plan.sinceSeq ||
                    (!plan.skipReplica.empty() && changeReplica(entry.id) == plan.skipReplica))
                    continue;
                changes.emplace_back(entry.seq, PackageChange{entry.id, schema.table, id, entry.field,
                                                              entry.oldValue, entry.newValue, entry.changedAt,
                                                              entry.changedBy, entry.parents});
            }
        for (const auto& field : exchangedFields(schema)) {
            std::string target = fieldReference(schema, field);
            auto text = fieldText(schema, *row, field);
            if (target.empty() || !text)
                continue;
            std::vector<std::string> ids = isLinkField(schema, field) ? splitIds(*text) : std::vector{*text};
            for (const auto& targetId : ids) {
                if (findEntityKind(target))
                    referenced.emplace_back(target, targetId);
                else
                    catalogueCodes.emplace(target, targetId);
            }
        }
    };

    for (const auto& kind : entityKinds()) {
        auto it = plan.records.find(kind.schema->table);
        if (it == plan.records.end())
            continue;
        for (const auto& id : it->second)
            if (included.emplace(kind.schema->table, id).second)
                addRecord(kind, id, false);
    }
    while (!referenced.empty()) {
        auto key = referenced.front();
        referenced.pop_front();
        if (included.insert(key).second)
            addRecord(*findEntityKind(key.first), key.second, true);
    }
    for (const auto& [table, code] : catalogueCodes) {
        CatalogueRow row = readCatalogueRow(db, table, code);
        if (!row.columns.empty())
            package.catalogues.push_back(std::move(row));
    }
    std::sort(changes.begin(), changes.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [seq, change] : changes)
        package.changes.push_back(std::move(change));
    return package;
}

} // namespace clusterdesk
