#include "exchange/record_merge.h"

#include "domain/error.h"
#include "exchange/entity_registry.h"
#include "exchange/record_history.h"
#include "storage/database.h"
#include "storage/record_table.h"

#include <SQLiteCpp/Exception.h>
#include <map>
#include <set>
#include <sqlite3.h>

namespace clusterdesk {

namespace {
enum class Decision { Same, Apply, TieBreak, Conflict };

struct Who {
    std::string at;
    std::string by;
};

class RecordMerger {
public:
    RecordMerger(MergeContext& context, const PackageRecord& record,
                 const std::vector<const PackageChange*>& changes)
        : m_ctx(context)
        , m_in(record)
        , m_changes(changes)
        , m_kind(*findEntityKind(record.entity))
        , m_schema(*m_kind.schema)
        , m_table(context.tools(m_schema).table)
        , m_writer(context.tools(m_schema).writer) {}

    MergeResult run() {
        m_local = m_table.find(m_in.id, true);
        // A row that stays in its database (a bundled template) is this ClusterDesk's own; it wins.
        if (m_local && (m_in.referenceOnly || isLocalOnly(m_ctx.db, m_kind, m_in.id)))
            return {};
        m_history = RecordHistory::load(m_ctx.statements, m_schema.table, m_in.id);
        m_open = m_ctx.store.openConflicts(m_schema.table, m_in.id);
        m_graph.add(m_history);
        for (const auto* change : m_changes)
            m_graph.add(change->id, change->parents);
        for (const auto& conflict : m_open)
            m_graph.add(conflict.theirsVersion, conflict.theirsParents);
        for (const auto& [id, parents] : m_ctx.store.seenChanges(m_schema.table, m_in.id))
            m_graph.add(id, parents);
        m_row = m_local ? *m_local : newRow();

        for (const auto& field : exchangedFields(m_schema)) {
            if (field == kDeletedField)
                continue;
            auto it = m_in.fields.find(field);
            if (it != m_in.fields.end())
                apply(field, it->second, decide(field, it->second));
        }
        mergeDeletion();
        settleMoot();
        // A record made on both sides under the same id (an answer to the same question) dates from the
        // earlier of the two, so both replicas end up alike.
        if (m_local && !m_in.createdAt.empty() && m_in.createdAt < m_row.createdAt) {
            m_row.createdAt = m_in.createdAt;
            m_createdEarlier = true;
        }
        store();
        MergeResult result;
        result.newConflicts = m_newConflicts;
        result.outcome = !m_local     ? MergeOutcome::Added
                         : m_conflict ? MergeOutcome::InConflict
                         : m_changed  ? MergeOutcome::Updated
                                      : MergeOutcome::Skipped;
        return result;
    }

private:
    RowData newRow() const {
        RowData row;
        row.id = m_in.id;
        row.createdAt = m_in.createdAt;
        row.updatedAt = m_in.updatedAt;
        row.changedBy = m_in.changedBy;
        row.values.resize(m_schema.columns.size());
        row.links.resize(m_schema.links.size());
        return row;
    }

    bool isConflictTheirs(const std::string& version) const {
        for (const auto& conflict : m_open)
            if (conflict.theirsVersion == version)
                return true;
        return false;
    }

    Decision decide(const std::string& field, const PackageField& incoming) const {
        const std::string& theirs = incoming.version;
        if (!m_local)
            return Decision::Apply;
        if (theirs.empty())
            return Decision::Same; // the sender never set it: what is here is as new or newer
        std::string mine = m_history.version(field);
        if (theirs == mine || m_history.knows(theirs) || isConflictTheirs(theirs))
            return Decision::Same;
        if (m_graph.isAncestorOrSelf(mine, theirs))
            return Decision::Apply;
        if (m_graph.isAncestorOrSelf(theirs, mine))
            return Decision::Same;
        // Made at the same time but to the same value: both sides keep the greater version id, so they
        // end up with the same history whichever imports first.
        if (fieldText(m_schema, m_row, field) == incoming.value)
            return Decision::TieBreak;
        return Decision::Conflict;
    }

    const PackageChange* incomingChange(const std::string& id) const {
        for (const auto* change : m_changes)
            if (change->id == id)
                return change;
        return nullptr;
    }

    Who whoLocal(const std::string& version) const {
        if (const auto* entry = m_history.find(version))
            return {entry->changedAt, entry->changedBy};
        if (const auto* change = incomingChange(version))
            return {change->changedAt, change->changedBy};
        return {m_row.updatedAt, m_row.changedBy};
    }

    Who whoIncoming(const std::string& version) const {
        if (const auto* change = incomingChange(version))
            return {change->changedAt, change->changedBy};
        if (const auto* entry = m_history.find(version))
            return {entry->changedAt, entry->changedBy};
        return {m_in.updatedAt, m_in.changedBy};
    }

    // Logs the package's changes of this field that are new here, in the sender's order, ending with
    // the version being applied.
    void logChain(const std::string& field, const std::string& version,
                  const std::optional<std::string>& oldValue, const std::optional<std::string>& newValue) {
        for (const auto* change : m_changes)
            if (change->field == field && !m_history.knows(change->id) && m_logged.insert(change->id).second)
                m_logs.push_back(*change);
        if (!version.empty() && !m_history.knows(version) && m_logged.insert(version).second)
            m_logs.push_back({version,
                              m_in.entity,
                              m_in.id,
                              field,
                              oldValue,
                              newValue,
                              m_in.updatedAt,
                              m_in.changedBy,
                              {}});
    }

    void apply(const std::string& field, const PackageField& incoming, Decision decision) {
        auto current = fieldText(m_schema, m_row, field);
        if (decision != Decision::Same && !incoming.version.empty() && field != kDeletedField)
            m_arrived[field] = incoming.version;
        switch (decision) {
        case Decision::Same:
            return;
        case Decision::TieBreak:
            if (incoming.version > m_history.version(field))
                logChain(field, incoming.version, current, incoming.value);
            else
                m_ctx.store.noteEquivalent(m_schema.table, m_in.id, m_history.version(field),
                                           incoming.version, m_ctx.lastSeq);
            settle(field, incoming.version, incoming.value, false);
            return;
        case Decision::Apply:
            if (current != incoming.value) {
                m_writer.set(m_row, field, incoming.value);
                m_changed = true;
            }
            logChain(field, incoming.version, current, incoming.value);
            if (!incoming.version.empty() && field != kDeletedField)
                m_applied[field] = incoming.version;
            settle(field, incoming.version, incoming.value);
            return;
        case Decision::Conflict:
            raise(ConflictKind::Field, field, current, m_history.version(field), incoming.value,
                  incoming.version);
            return;
        }
    }

    // Open conflicts on a field that moved on: settled when the new version was made knowing theirs
    // (decided on another replica) or has their value; otherwise, when the new version is now the one
    // here, it is "mine".
    void settle(const std::string& field, const std::string& version, const std::optional<std::string>& value,
                bool nowMine = true) {
        for (auto it = m_open.begin(); it != m_open.end();) {
            if (it->info.field != field) {
                ++it;
                continue;
            }
            if (m_graph.isAncestorOrSelf(it->theirsVersion, version) || it->info.theirsValue == value) {
                m_ctx.store.closeConflict(it->info.id, "settled", "", m_ctx.now, m_ctx.db.actor());
                it = m_open.erase(it);
                continue;
            }
            if (!nowMine) {
                ++it;
                continue;
            }
            Who who = whoIncoming(version);
            it->info.mineValue = value;
            it->mineVersion = version;
            it->info.mineChangedAt = who.at;
            it->info.mineChangedBy = who.by;
            m_ctx.store.updateConflict(*it);
            ++it;
        }
    }

    void raise(ConflictKind kind, const std::string& field, const std::optional<std::string>& mineValue,
               const std::string& mineVersion, const std::optional<std::string>& theirsValue,
               const std::string& theirsVersion, const std::string& mineShownVersion = {}) {
        StoredConflict conflict;
        Conflict& info = conflict.info;
        info.kind = kind;
        info.entity = m_schema.table;
        info.recordId = m_in.id;
        info.field = field;
        info.importId = m_ctx.importId;
        info.detectedAt = m_ctx.now;
        info.mineValue = mineValue;
        conflict.mineVersion = mineVersion;
        Who mine = whoLocal(mineShownVersion.empty() ? mineVersion : mineShownVersion);
        info.mineChangedAt = mine.at;
        info.mineChangedBy = mine.by;
        info.theirsValue = theirsValue;
        conflict.theirsVersion = theirsVersion;
        conflict.broughtBy = m_ctx.package.senderReplicaId;
        if (const auto* change = incomingChange(theirsVersion))
            conflict.theirsParents = change->parents;
        Who theirs = whoIncoming(theirsVersion);
        info.theirsChangedAt = theirs.at;
        info.theirsChangedBy = theirs.by;
        info.theirsReplicaId = changeReplica(theirsVersion);
        if (info.theirsReplicaId.empty() || info.theirsReplicaId == m_ctx.package.senderReplicaId) {
            info.theirsReplicaId = m_ctx.package.senderReplicaId;
            info.theirsReplicaName = m_ctx.package.senderName;
        } else if (auto peer = m_ctx.store.findPeer(info.theirsReplicaId)) {
            info.theirsReplicaName = peer->name;
        }
        for (auto& open : m_open) {
            if (open.info.field != field || open.info.kind != kind)
                continue;
            if (open.theirsVersion == theirsVersion)
                return;
            if (m_graph.isAncestorOrSelf(open.theirsVersion, theirsVersion)) {
                // The other side changed it again: one conflict with their newest value.
                conflict.info.id = open.info.id;
                m_ctx.store.updateConflict(conflict);
                open = conflict;
                m_conflict = true;
                return;
            }
        }
        conflict.info.id = m_ctx.store.addConflict(conflict);
        m_open.push_back(conflict);
        m_conflict = true;
        ++m_newConflicts;
    }

    // The newest version of a field here (other than the tombstone) that the given change was made
    // without seeing, or "".
    std::string newestUnseenBy(const std::string& version) const {
        std::string newest;
        std::string newestAt;
        for (const auto& [field, mine] : m_history.versions()) {
            // A field that now holds the sender's version is as the sender has it, deleted or not.
            if (field == kDeletedField || m_applied.contains(field) ||
                m_graph.isAncestorOrSelf(mine, version))
                continue;
            std::string at = whoIncoming(mine).at;
            if (newest.empty() || at > newestAt) {
                newest = mine;
                newestAt = at;
            }
        }
        return newest;
    }

    void mergeDeletion() {
        auto it = m_in.fields.find(kDeletedField);
        PackageField incoming = it == m_in.fields.end() ? PackageField{} : it->second;
        if (!m_local) {
            apply(kDeletedField, incoming, Decision::Apply);
            return;
        }
        std::string localDelete = m_history.version(kDeletedField);
        auto localValue = fieldText(m_schema, m_row, kDeletedField);
        Decision decision = decide(kDeletedField, incoming);
        if (decision == Decision::Apply && incoming.value && !localValue) {
            // A delete: only when its author had seen every edit made here.
            std::string unseen = newestUnseenBy(incoming.version);
            if (unseen.empty()) {
                apply(kDeletedField, incoming, decision);
            } else {
                // "Mine" is shown as the edit the delete did not see.
                raise(ConflictKind::EditDelete, kDeletedField, std::nullopt, localDelete, incoming.value,
                      incoming.version, unseen);
            }
        } else if (decision == Decision::Conflict) {
            raise(ConflictKind::EditDelete, kDeletedField, localValue, localDelete, incoming.value,
                  incoming.version);
        } else {
            apply(kDeletedField, incoming, decision);
        }

        // Edits made on the other side to a record deleted here, without seeing the delete (applied to
        // the tombstone or not).
        if (m_row.deletedAt.empty() || incoming.value || m_arrived.empty() ||
            m_graph.isAncestorOrSelf(localDelete, incoming.version))
            return;
        std::string newest;
        std::string newestAt;
        for (const auto& [field, version] : m_arrived) {
            if (m_graph.isAncestorOrSelf(version, localDelete))
                continue;
            std::string at = whoIncoming(version).at;
            if (newest.empty() || at > newestAt) {
                newest = version;
                newestAt = at;
            }
        }
        if (!newest.empty())
            raise(ConflictKind::EditDelete, kDeletedField, m_row.deletedAt, localDelete, std::nullopt,
                  newest);
    }

    // Open conflicts that no longer need a decision: the version here was made knowing theirs (the user
    // restored a record after the other side's edit, or the decision came from a third replica), or the
    // replica that brought theirs has since moved to a version not made on top of it (it took a value
    // equal to one of ours), so theirs is held nowhere any more.
    void settleMoot() {
        std::map<std::string, std::string> current = m_history.versions();
        for (const auto& entry : m_logs)
            current[entry.field] = entry.id;
        for (auto it = m_open.begin(); it != m_open.end();) {
            bool moot = m_graph.isAncestorOrSelf(it->theirsVersion, current[it->info.field]) &&
                        !current[it->info.field].empty();
            bool theirsIsThisField = it->info.kind == ConflictKind::Field || it->info.theirsValue;
            auto sent = m_in.fields.find(it->info.field);
            if (!moot && theirsIsThisField && it->broughtBy == m_ctx.package.senderReplicaId &&
                sent != m_in.fields.end() && !sent->second.version.empty())
                moot = !m_graph.isAncestorOrSelf(it->theirsVersion, sent->second.version);
            if (moot) {
                m_ctx.store.closeConflict(it->info.id, "settled", "", m_ctx.now, m_ctx.db.actor());
                it = m_open.erase(it);
            } else {
                ++it;
            }
        }
    }

    void store() {
        for (const auto* change : m_changes)
            if (!m_history.knows(change->id) && !m_logged.contains(change->id))
                m_ctx.store.noteSeenChange(change->id, m_schema.table, m_in.id, change->field,
                                           change->parents);
        if (m_local && !m_changed && !m_createdEarlier && m_logs.empty())
            return;
        if (!m_local || m_changed || m_createdEarlier) {
            if (m_local)
                for (const auto& entry : m_logs)
                    if (entry.changedAt > m_row.updatedAt) {
                        m_row.updatedAt = entry.changedAt;
                        m_row.changedBy = entry.changedBy;
                    }
            m_kind.rederive(m_row);
            try {
                m_table.storeExact(m_row);
            } catch (const SQLite::Exception& e) {
                if (e.getErrorCode() != SQLITE_CONSTRAINT)
                    throw;
                throw InputError(m_ctx.source + ": " + describeRecord(m_schema, m_row) + " (" + m_in.id +
                                 ") cannot be stored here: " + e.what() +
                                 ". If another record here has the same value, the same thing was entered on "
                                 "both sides: delete one of the two and exchange again");
            }
        }
        for (const auto& entry : m_logs) {
            ChangeOrigin origin;
            origin.replicaId = changeReplica(entry.id);
            origin.originSeq = std::stoll(entry.id.substr(entry.id.rfind(':') + 1));
            origin.parents = joinChangeIds(entry.parents);
            origin.changedAt = entry.changedAt;
            origin.changedBy = entry.changedBy;
            m_table.logChange(m_in.id, entry.field, entry.oldValue, entry.newValue, origin);
        }
    }

    MergeContext& m_ctx;
    const PackageRecord& m_in;
    const std::vector<const PackageChange*>& m_changes;
    const EntityKind& m_kind;
    const TableSchema& m_schema;
    RecordTable& m_table;
    const FieldWriter& m_writer;
    std::optional<RowData> m_local;
    RowData m_row;
    RecordHistory m_history;
    VersionGraph m_graph;
    std::vector<StoredConflict> m_open;
    std::vector<PackageChange> m_logs;
    std::set<std::string> m_logged;
    std::map<std::string, std::string> m_applied; // field -> version applied by this import
    std::map<std::string, std::string> m_arrived; // field -> version new here that this import brought
    bool m_changed = false;
    bool m_createdEarlier = false;
    bool m_conflict = false;
    int m_newConflicts = 0;
};
} // namespace

MergeResult mergeRecord(MergeContext& context, const PackageRecord& record,
                        const std::vector<const PackageChange*>& changes) {
    return RecordMerger(context, record, changes).run();
}

} // namespace clusterdesk
