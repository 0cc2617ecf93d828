#include "exchange/exchange_store.h"

#include "exchange/record_history.h"
#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
std::string textOf(const SQLite::Column& column) {
    return column.isNull() ? std::string{} : column.getString();
}

std::optional<std::string> optionalOf(const SQLite::Column& column) {
    return column.isNull() ? std::nullopt : std::optional<std::string>(column.getString());
}

void bindOptional(SQLite::Statement& statement, int index, const std::optional<std::string>& value) {
    value ? statement.bind(index, *value) : statement.bind(index);
}

void bindText(SQLite::Statement& statement, int index, const std::string& value) {
    value.empty() ? statement.bind(index) : statement.bind(index, value);
}

PeerInfo readPeer(SQLite::Statement& query) {
    PeerInfo peer;
    peer.replicaId = query.getColumn(0).getString();
    peer.name = query.getColumn(1).getString();
    peer.lastSentSeq = query.getColumn(2).getInt64();
    peer.lastSentAt = textOf(query.getColumn(3));
    peer.lastReceivedAt = textOf(query.getColumn(4));
    peer.lastReceivedPackage = textOf(query.getColumn(5));
    peer.receivedUpToSeq = query.getColumn(6).getInt64();
    return peer;
}

const char* kPeerColumns =
    "SELECT replica_id, name, last_sent_seq, last_sent_at, last_received_at, last_received_package, "
    "received_up_to_seq FROM exchange_peer";

const char* kConflictColumns =
    "SELECT id, kind, entity, record_id, field, import_id, detected_at, mine_value, mine_version, "
    "mine_changed_at, mine_changed_by, theirs_value, theirs_version, theirs_parents, theirs_changed_at, "
    "theirs_changed_by, theirs_replica_id, theirs_replica_name, status, resolution, resolved_at, "
    "resolved_by, "
    "brought_by "
    "FROM exchange_conflict";
} // namespace

ExchangeStore::ExchangeStore(Database& db)
    : m_db(db)
    , m_statements(db.sql()) {}

std::vector<PeerInfo> ExchangeStore::peers() const {
    SQLite::Statement query(m_db.sql(), std::string(kPeerColumns) + " ORDER BY name COLLATE NOCASE");
    std::vector<PeerInfo> peers;
    while (query.executeStep())
        peers.push_back(readPeer(query));
    return peers;
}

std::optional<PeerInfo> ExchangeStore::findPeer(const std::string& nameOrId) const {
    SQLite::Statement query(m_db.sql(), std::string(kPeerColumns) +
                                            " WHERE replica_id = ? OR name = ? COLLATE NOCASE "
                                            "ORDER BY replica_id = ? DESC LIMIT 1");
    query.bind(1, nameOrId);
    query.bind(2, nameOrId);
    query.bind(3, nameOrId);
    if (!query.executeStep())
        return std::nullopt;
    return readPeer(query);
}

void ExchangeStore::notePeerReceived(const std::string& replicaId, const std::string& name,
                                     const std::string& at, const std::string& packageId,
                                     std::int64_t receivedUpTo, std::int64_t acknowledged) {
    SQLite::Statement upsert(
        m_db.sql(), "INSERT INTO exchange_peer (replica_id, name, last_received_at, last_received_package, "
                    "received_up_to_seq, last_sent_seq) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(replica_id) DO UPDATE SET name = excluded.name, "
                    "last_received_at = excluded.last_received_at, "
                    "last_received_package = excluded.last_received_package, "
                    "received_up_to_seq = max(received_up_to_seq, excluded.received_up_to_seq), "
                    "last_sent_seq = max(last_sent_seq, excluded.last_sent_seq)");
    upsert.bind(1, replicaId);
    upsert.bind(2, name);
    upsert.bind(3, at);
    upsert.bind(4, packageId);
    upsert.bind(5, static_cast<int64_t>(receivedUpTo));
    upsert.bind(6, static_cast<int64_t>(acknowledged));
    upsert.exec();
}

void ExchangeStore::notePeerSent(const std::string& replicaId, const std::string& name, std::int64_t seq,
                                 const std::string& at) {
    SQLite::Statement upsert(m_db.sql(),
                             "INSERT INTO exchange_peer (replica_id, name, last_sent_seq, last_sent_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT(replica_id) DO UPDATE SET "
                             "last_sent_seq = max(last_sent_seq, excluded.last_sent_seq), "
                             "last_sent_at = excluded.last_sent_at");
    upsert.bind(1, replicaId);
    upsert.bind(2, name);
    upsert.bind(3, static_cast<int64_t>(seq));
    upsert.bind(4, at);
    upsert.exec();
}

std::int64_t ExchangeStore::addLog(const ExchangeLogEntry& e) {
    SQLite::Statement insert(
        m_db.sql(), "INSERT INTO exchange_log (direction, at, actor, package_id, package_created_at, "
                    "peer_replica_id, peer_name, file, selection, records, changes, added, updated, "
                    "skipped, in_conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, e.direction);
    insert.bind(2, e.at);
    insert.bind(3, e.actor);
    insert.bind(4, e.packageId);
    bindText(insert, 5, e.packageCreatedAt);
    bindText(insert, 6, e.peerReplicaId);
    bindText(insert, 7, e.peerName);
    bindText(insert, 8, e.file);
    bindText(insert, 9, e.selection);
    insert.bind(10, e.records);
    insert.bind(11, e.changes);
    insert.bind(12, e.added);
    insert.bind(13, e.updated);
    insert.bind(14, e.skipped);
    insert.bind(15, e.inConflict);
    insert.exec();
    return m_db.sql().getLastInsertRowid();
}

void ExchangeStore::updateLogCounts(std::int64_t id, const ImportSummary& s) {
    SQLite::Statement update(m_db.sql(), "UPDATE exchange_log SET records = ?, added = ?, updated = ?, "
                                         "skipped = ?, in_conflict = ? WHERE id = ?");
    update.bind(1, s.added + s.updated + s.skipped + s.inConflict);
    update.bind(2, s.added);
    update.bind(3, s.updated);
    update.bind(4, s.skipped);
    update.bind(5, s.inConflict);
    update.bind(6, static_cast<int64_t>(id));
    update.exec();
}

std::vector<ExchangeLogEntry> ExchangeStore::log() const {
    SQLite::Statement query(
        m_db.sql(), "SELECT id, direction, at, actor, package_id, package_created_at, peer_replica_id, "
                    "peer_name, file, selection, records, changes, added, updated, skipped, in_conflict "
                    "FROM exchange_log ORDER BY id");
    std::vector<ExchangeLogEntry> entries;
    while (query.executeStep()) {
        ExchangeLogEntry e;
        e.id = query.getColumn(0).getInt64();
        e.direction = query.getColumn(1).getString();
        e.at = query.getColumn(2).getString();
        e.actor = query.getColumn(3).getString();
        e.packageId = query.getColumn(4).getString();
        e.packageCreatedAt = textOf(query.getColumn(5));
        e.peerReplicaId = textOf(query.getColumn(6));
        e.peerName = textOf(query.getColumn(7));
        e.file = textOf(query.getColumn(8));
        e.selection = textOf(query.getColumn(9));
        e.records = query.getColumn(10).getInt();
        e.changes = query.getColumn(11).getInt();
        e.added = query.getColumn(12).getInt();
        e.updated = query.getColumn(13).getInt();
        e.skipped = query.getColumn(14).getInt();
        e.inConflict = query.getColumn(15).getInt();
        entries.push_back(std::move(e));
    }
    return entries;
}

std::string ExchangeStore::importedBefore(const std::string& packageId) const {
    SQLite::Statement query(m_db.sql(), "SELECT min(at) FROM exchange_log WHERE direction = 'import' AND "
                                        "package_id = ?");
    query.bind(1, packageId);
    return query.executeStep() ? textOf(query.getColumn(0)) : std::string{};
}

std::vector<std::pair<std::string, std::vector<std::string>>>
ExchangeStore::seenChanges(const std::string& entity, const std::string& recordId) const {
    auto query = m_statements.use("SELECT change_id, parents FROM exchange_seen_change WHERE entity = ? AND "
                                  "record_id = ?");
    query->bind(1, entity);
    query->bind(2, recordId);
    std::vector<std::pair<std::string, std::vector<std::string>>> seen;
    while (query->executeStep())
        seen.emplace_back(query->getColumn(0).getString(), splitChangeIds(query->getColumn(1).getString()));
    return seen;
}

void ExchangeStore::noteSeenChange(const std::string& id, const std::string& entity,
                                   const std::string& recordId, const std::string& field,
                                   const std::vector<std::string>& parents) {
    auto insert = m_statements.use("INSERT OR IGNORE INTO exchange_seen_change (change_id, entity, "
                                   "record_id, field, parents) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, id);
    insert->bind(2, entity);
    insert->bind(3, recordId);
    insert->bind(4, field);
    insert->bind(5, joinChangeIds(parents));
    insert->exec();
}

void ExchangeStore::noteEquivalent(const std::string& entity, const std::string& recordId,
                                   const std::string& changeId, const std::string& equivalentId,
                                   std::int64_t afterSeq) {
    auto insert = m_statements.use("INSERT OR IGNORE INTO exchange_equivalent (entity, record_id, "
                                   "change_id, equivalent_id, after_seq) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, entity);
    insert->bind(2, recordId);
    insert->bind(3, changeId);
    insert->bind(4, equivalentId);
    insert->bind(5, static_cast<int64_t>(afterSeq));
    insert->exec();
}

std::vector<StoredConflict> ExchangeStore::selectConflicts(const std::string& where,
                                                           const std::vector<std::string>& binds) const {
    auto query = m_statements.use(std::string(kConflictColumns) + where + " ORDER BY id");
    for (std::size_t i = 0; i < binds.size(); ++i)
        query->bind(static_cast<int>(i + 1), binds[i]);
    std::vector<StoredConflict> conflicts;
    while (query->executeStep()) {
        StoredConflict c;
        Conflict& info = c.info;
        info.id = query->getColumn(0).getInt64();
        info.kind =
            query->getColumn(1).getString() == "edit_delete" ? ConflictKind::EditDelete : ConflictKind::Field;
        info.entity = query->getColumn(2).getString();
        info.recordId = query->getColumn(3).getString();
        info.field = query->getColumn(4).getString();
        info.importId = query->getColumn(5).isNull() ? 0 : query->getColumn(5).getInt64();
        info.detectedAt = query->getColumn(6).getString();
        info.mineValue = optionalOf(query->getColumn(7));
        c.mineVersion = textOf(query->getColumn(8));
        info.mineChangedAt = textOf(query->getColumn(9));
        info.mineChangedBy = textOf(query->getColumn(10));
        info.theirsValue = optionalOf(query->getColumn(11));
        c.theirsVersion = query->getColumn(12).getString();
        c.theirsParents = splitChangeIds(query->getColumn(13).getString());
        info.theirsChangedAt = textOf(query->getColumn(14));
        info.theirsChangedBy = textOf(query->getColumn(15));
        info.theirsReplicaId = textOf(query->getColumn(16));
        info.theirsReplicaName = textOf(query->getColumn(17));
        info.status = query->getColumn(18).getString();
        info.resolution = textOf(query->getColumn(19));
        info.resolvedAt = textOf(query->getColumn(20));
        info.resolvedBy = textOf(query->getColumn(21));
        c.broughtBy = textOf(query->getColumn(22));
        conflicts.push_back(std::move(c));
    }
    return conflicts;
}

std::vector<StoredConflict> ExchangeStore::conflicts(bool includeClosed) const {
    return selectConflicts(includeClosed ? "" : " WHERE status = 'open'", {});
}

std::vector<StoredConflict> ExchangeStore::openConflicts(const std::string& entity,
                                                         const std::string& recordId) const {
    return selectConflicts(" WHERE entity = ? AND record_id = ? AND status = 'open'", {entity, recordId});
}

std::optional<StoredConflict> ExchangeStore::conflict(std::int64_t id) const {
    auto found = selectConflicts(" WHERE id = ?", {std::to_string(id)});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::int64_t ExchangeStore::addConflict(const StoredConflict& c) {
    SQLite::Statement insert(m_db.sql(),
                             "INSERT INTO exchange_conflict (kind, entity, record_id, field, import_id, "
                             "detected_at, theirs_version) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, c.info.kind == ConflictKind::EditDelete ? "edit_delete" : "field");
    insert.bind(2, c.info.entity);
    insert.bind(3, c.info.recordId);
    insert.bind(4, c.info.field);
    c.info.importId ? insert.bind(5, static_cast<int64_t>(c.info.importId)) : insert.bind(5);
    insert.bind(6, c.info.detectedAt);
    insert.bind(7, c.theirsVersion);
    insert.exec();
    StoredConflict stored = c;
    stored.info.id = m_db.sql().getLastInsertRowid();
    updateConflict(stored);
    return stored.info.id;
}

void ExchangeStore::updateConflict(const StoredConflict& c) {
    SQLite::Statement update(
        m_db.sql(), "UPDATE exchange_conflict SET mine_value = ?, mine_version = ?, mine_changed_at = ?, "
                    "mine_changed_by = ?, theirs_value = ?, theirs_version = ?, theirs_parents = ?, "
                    "theirs_changed_at = ?, theirs_changed_by = ?, theirs_replica_id = ?, "
                    "theirs_replica_name = ?, import_id = ?, brought_by = ? WHERE id = ?");
    bindOptional(update, 1, c.info.mineValue);
    bindText(update, 2, c.mineVersion);
    bindText(update, 3, c.info.mineChangedAt);
    bindText(update, 4, c.info.mineChangedBy);
    bindOptional(update, 5, c.info.theirsValue);
    update.bind(6, c.theirsVersion);
    update.bind(7, joinChangeIds(c.theirsParents));
    bindText(update, 8, c.info.theirsChangedAt);
    bindText(update, 9, c.info.theirsChangedBy);
    bindText(update, 10, c.info.theirsReplicaId);
    bindText(update, 11, c.info.theirsReplicaName);
    c.info.importId ? update.bind(12, static_cast<int64_t>(c.info.importId)) : update.bind(12);
    bindText(update, 13, c.broughtBy);
    update.bind(14, static_cast<int64_t>(c.info.id));
    update.exec();
}

void ExchangeStore::closeConflict(std::int64_t id, const std::string& status, const std::string& resolution,
                                  const std::string& at, const std::string& by) {
    SQLite::Statement update(m_db.sql(), "UPDATE exchange_conflict SET status = ?, resolution = ?, "
                                         "resolved_at = ?, resolved_by = ? WHERE id = ?");
    update.bind(1, status);
    bindText(update, 2, resolution);
    update.bind(3, at);
    update.bind(4, by);
    update.bind(5, static_cast<int64_t>(id));
    update.exec();
}

} // namespace clusterdesk
