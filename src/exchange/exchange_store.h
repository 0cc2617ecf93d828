#pragma once

#include "exchange/exchange_types.h"
#include "storage/statement_cache.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// A conflict as stored, with the version ids the resolution needs.
struct StoredConflict {
    Conflict info;
    std::string mineVersion;
    std::string theirsVersion;
    std::vector<std::string> theirsParents;
    std::string broughtBy; // the replica whose package brought theirs
};

// The exchange's own tables: peers, the exchange log and conflicts.
class ExchangeStore {
public:
    explicit ExchangeStore(Database& db);

    std::vector<PeerInfo> peers() const;
    // By replica id, or by name ignoring case.
    std::optional<PeerInfo> findPeer(const std::string& nameOrId) const;
    // A package from the peer arrived: it held the peer's changes up to receivedUpTo (0: a selection)
    // and says this database's changes up to acknowledged reached the peer.
    void notePeerReceived(const std::string& replicaId, const std::string& name, const std::string& at,
                          const std::string& packageId, std::int64_t receivedUpTo, std::int64_t acknowledged);
    void notePeerSent(const std::string& replicaId, const std::string& name, std::int64_t seq,
                      const std::string& at);

    std::int64_t addLog(const ExchangeLogEntry& entry);
    void updateLogCounts(std::int64_t id, const ImportSummary& summary);
    std::vector<ExchangeLogEntry> log() const;
    // When the package with this id was imported before, or "".
    std::string importedBefore(const std::string& packageId) const;

    // Changes seen in packages but not applied: id -> parents, for one record.
    std::vector<std::pair<std::string, std::vector<std::string>>>
    seenChanges(const std::string& entity, const std::string& recordId) const;
    void noteSeenChange(const std::string& id, const std::string& entity, const std::string& recordId,
                        const std::string& field, const std::vector<std::string>& parents);

    // The version changeId kept here stands for equivalentId too, for changes logged after afterSeq.
    void noteEquivalent(const std::string& entity, const std::string& recordId, const std::string& changeId,
                        const std::string& equivalentId, std::int64_t afterSeq);

    std::vector<StoredConflict> conflicts(bool includeClosed) const;
    std::vector<StoredConflict> openConflicts(const std::string& entity, const std::string& recordId) const;
    std::optional<StoredConflict> conflict(std::int64_t id) const;
    std::int64_t addConflict(const StoredConflict& conflict);
    void updateConflict(const StoredConflict& conflict);
    void closeConflict(std::int64_t id, const std::string& status, const std::string& resolution,
                       const std::string& at, const std::string& by);

private:
    std::vector<StoredConflict> selectConflicts(const std::string& where,
                                                const std::vector<std::string>& binds) const;
    Database& m_db;
    mutable StatementCache m_statements;
};

} // namespace clusterdesk
