#include "exchange/conflict_resolution.h"

#include "domain/error.h"
#include "exchange/entity_registry.h"
#include "exchange/exchange_store.h"
#include "exchange/record_history.h"
#include "storage/database.h"
#include "storage/record_table.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <sqlite3.h>

namespace clusterdesk {

std::vector<Conflict> listConflicts(Database& db, bool includeClosed) {
    ExchangeStore store(db);
    std::vector<Conflict> list;
    for (auto& stored : store.conflicts(includeClosed)) {
        Conflict conflict = stored.info;
        if (const EntityKind* kind = findEntityKind(conflict.entity)) {
            conflict.entityLabel = kind->schema->label;
            if (auto row = RecordTable(db, *kind->schema).find(conflict.recordId, true)) {
                conflict.record = describeRecord(*kind->schema, *row);
                if (conflict.status == "open" && conflict.kind == ConflictKind::Field) {
                    // The value may have been edited here since the conflict was found.
                    RecordHistory history = RecordHistory::load(db, conflict.entity, conflict.recordId);
                    conflict.mineValue = fieldText(*kind->schema, *row, conflict.field);
                    if (const auto* entry = history.find(history.version(conflict.field))) {
                        conflict.mineChangedAt = entry->changedAt;
                        conflict.mineChangedBy = entry->changedBy;
                    }
                }
            }
        }
        list.push_back(std::move(conflict));
    }
    return list;
}

int settleMootConflicts(Database& db) {
    ExchangeStore store(db);
    int settled = 0;
    for (const auto& conflict : store.conflicts(false)) {
        const Conflict& info = conflict.info;
        const EntityKind* kind = findEntityKind(info.entity);
        auto row = kind ? RecordTable(db, *kind->schema).find(info.recordId, true) : std::nullopt;
        if (!row)
            continue;
        bool same = fieldText(*kind->schema, *row, info.field) == info.theirsValue;
        RecordHistory history = RecordHistory::load(db, info.entity, info.recordId);
        std::string current = history.version(info.field);
        VersionGraph graph;
        graph.add(history);
        for (const auto& [id, parents] : store.seenChanges(info.entity, info.recordId))
            graph.add(id, parents);
        graph.add(conflict.theirsVersion, conflict.theirsParents);
        if (same || (!current.empty() && graph.isAncestorOrSelf(conflict.theirsVersion, current))) {
            store.closeConflict(info.id, "settled", "", db.now(), db.actor());
            ++settled;
        }
    }
    return settled;
}

void resolveConflict(Database& db, std::int64_t id, Keep keep) {
    ExchangeStore store(db);
    WriteTransaction tx(db);
    auto conflict = store.conflict(id);
    if (!conflict || conflict->info.status != "open")
        throw NotFoundError("there is no open conflict with id " + std::to_string(id) +
                            " ('conflicts list' shows the open ones)");
    const Conflict& info = conflict->info;
    const EntityKind* kind = findEntityKind(info.entity);
    if (!kind)
        throw NotFoundError("conflict " + std::to_string(id) + " is about an unknown entity " + info.entity);
    const TableSchema& schema = *kind->schema;
    RecordTable table(db, schema);
    auto row = table.find(info.recordId, true);
    if (!row)
        throw NotFoundError("there is no " + schema.label + " with id " + info.recordId);
    RecordHistory history = RecordHistory::load(db, info.entity, info.recordId);

    auto mine = fieldText(schema, *row, info.field);
    auto chosen = keep == Keep::Mine ? mine : info.theirsValue;
    std::vector<std::string> parents;
    if (info.field == kDeletedField) {
        // Keeping or dropping a record is decided knowing every field as it is now.
        for (const auto& [field, version] : history.versions())
            parents.push_back(version);
    } else if (!history.version(info.field).empty()) {
        parents.push_back(history.version(info.field));
    }
    if (std::find(parents.begin(), parents.end(), conflict->theirsVersion) == parents.end())
        parents.push_back(conflict->theirsVersion);

    std::string now = db.now();
    if (chosen != mine) {
        FieldWriter(db, schema).set(*row, info.field, chosen);
        row->updatedAt = now;
        row->changedBy = db.actor();
        kind->rederive(*row);
        try {
            table.storeExact(*row);
        } catch (const SQLite::Exception& e) {
            if (e.getErrorCode() != SQLITE_CONSTRAINT)
                throw;
            throw ValidationError(info.field, "their value cannot be kept here: " + std::string(e.what()));
        }
    }
    table.logChange(info.recordId, info.field, mine, chosen,
                    ChangeOrigin{db.replicaId(), std::nullopt, joinChangeIds(parents), now, db.actor()});
    store.closeConflict(id, "resolved", keep == Keep::Mine ? "mine" : "theirs", now, db.actor());
    settleMootConflicts(db);
    tx.commit();
}

} // namespace clusterdesk
