#pragma once

#include "storage/statement_cache.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// A change is known on every replica by "replica_id:number", its number being its seq in the change log
// of the replica that made it.
std::string changeId(const std::string& replicaId, std::int64_t number);
// The replica part of a change id ("" when the id is malformed).
std::string changeReplica(const std::string& id);
bool isChangeId(const std::string& id);
std::vector<std::string> splitChangeIds(const std::string& joined);
std::string joinChangeIds(const std::vector<std::string>& ids);

// One change-log entry as the exchange sees it.
struct HistoryEntry {
    std::int64_t seq = 0; // in this database's change log
    std::string id;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
    std::string changedAt;
    std::string changedBy;
    // The changes this one supersedes. An edit made here supersedes the field's previous version; a
    // delete or restore supersedes the versions of every field the record had then, so another replica
    // can tell whether it deleted what it saw or something it never saw.
    std::vector<std::string> parents;
};

// Everything the change log knows about one record, in log order.
class RecordHistory {
public:
    static RecordHistory load(Database& db, const std::string& entity, const std::string& recordId);
    // The same with the statements of a cache, for many records.
    static RecordHistory load(StatementCache& statements, const std::string& entity,
                              const std::string& recordId);

    const std::vector<HistoryEntry>& entries() const { return m_entries; }
    // The id of the field's current version: its newest entry, "" when never logged.
    std::string version(const std::string& field) const;
    // The current version of every field that has one.
    const std::map<std::string, std::string>& versions() const { return m_versions; }
    bool knows(const std::string& id) const { return m_byId.contains(id); }
    const HistoryEntry* find(const std::string& id) const;

private:
    std::vector<HistoryEntry> m_entries;
    std::map<std::string, std::size_t> m_byId;
    std::map<std::string, std::string> m_versions;
};

// Which change was made on top of which: answers "had the author of this change seen that one?".
class VersionGraph {
public:
    void add(const std::string& id, const std::vector<std::string>& parents);
    void add(const RecordHistory& history);
    // True when ancestor is of (or one it superseded, directly or not); "" (never set) is the
    // ancestor of every version.
    bool isAncestorOrSelf(const std::string& ancestor, const std::string& of) const;

private:
    std::map<std::string, std::vector<std::string>> m_parents;
};

} // namespace clusterdesk
