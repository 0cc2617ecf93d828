#include "exchange/exchange.h"

#include "domain/error.h"
#include "domain/uuid.h"
#include "exchange/conflict_resolution.h"
#include "exchange/exchange_store.h"
#include "exchange/package_builder.h"
#include "exchange/package_check.h"
#include "exchange/package_file.h"
#include "exchange/package_importer.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

namespace clusterdesk {

namespace {
constexpr const char* kReplicaNameSetting = "replica_name";

std::string knownPeers(const std::vector<PeerInfo>& peers) {
    if (peers.empty())
        return "no peer is known yet: a peer becomes known when one of its packages is imported, so send "
               "the first package without --peer";
    std::string names;
    for (const auto& peer : peers)
        names += (names.empty() ? "" : ", ") + peer.name;
    return "known peers: " + names;
}
} // namespace

Exchange::Exchange(Database& db)
    : m_db(db) {}

std::string Exchange::replicaId() const {
    return m_db.replicaId();
}

std::string Exchange::replicaName() const {
    std::string name = m_db.setting(kReplicaNameSetting);
    return name.empty() ? "replica " + m_db.replicaId().substr(0, 8) : name;
}

void Exchange::setReplicaName(const std::string& name) {
    if (name.find_first_not_of(" \t") == std::string::npos)
        throw ValidationError("replica_name", "the name must not be empty");
    inTransaction(m_db, [&] { m_db.setSetting(kReplicaNameSetting, name); });
}

std::vector<PeerInfo> Exchange::peers() const {
    return ExchangeStore(m_db).peers();
}

ExportSummary Exchange::exportPackage(const ExportRequest& request, const std::string& path) {
    ExchangeStore store(m_db);
    WriteTransaction tx(m_db);
    std::optional<PeerInfo> peer;
    if (!request.peer.empty()) {
        peer = store.findPeer(request.peer);
        if (!peer)
            throw NotFoundError("there is no peer '" + request.peer + "'; " + knownPeers(store.peers()));
    }
    bool selection = !request.companyIds.empty() || !request.auditsBy.empty();
    std::int64_t upTo = lastChangeSeq(m_db);
    PackagePlan plan;
    if (selection)
        plan = planSelection(m_db, request.companyIds, request.auditsBy);
    else if (peer && !request.everything) {
        plan = planChangesSince(m_db, peer->lastSentSeq, peer->replicaId);
        plan.selection = "changes for " + peer->name + " since the last package for it";
    } else
        plan = planEverything(m_db);

    Package package = buildPackage(m_db, plan);
    package.packageId = newUuid();
    package.createdAt = m_db.now();
    package.schemaVersion = m_db.schemaVersion();
    package.senderReplicaId = m_db.replicaId();
    package.senderName = replicaName();
    if (!selection)
        package.coversUpToSeq = upTo;
    if (peer) {
        package.recipientReplicaId = peer->replicaId;
        package.recipientName = peer->name;
        package.acknowledgedSeq = peer->receivedUpToSeq;
    }
    writePackageFile(package, path);

    ExportSummary summary;
    summary.file = path;
    summary.packageId = package.packageId;
    summary.selection = package.selection;
    summary.changes = static_cast<int>(package.changes.size());
    summary.leftOut.assign(plan.unknownEntities.begin(), plan.unknownEntities.end());
    for (const auto& record : package.records)
        ++(record.referenceOnly ? summary.referenced : summary.records);
    if (peer) {
        summary.peerName = peer->name;
        if (!selection)
            store.notePeerSent(peer->replicaId, peer->name, upTo, package.createdAt);
    }
    ExchangeLogEntry entry;
    entry.direction = "export";
    entry.at = package.createdAt;
    entry.actor = m_db.actor();
    entry.packageId = package.packageId;
    entry.packageCreatedAt = package.createdAt;
    entry.peerReplicaId = package.recipientReplicaId;
    entry.peerName = package.recipientName;
    entry.file = path;
    entry.selection = package.selection;
    entry.records = summary.records + summary.referenced;
    entry.changes = summary.changes;
    store.addLog(entry);
    tx.commit();
    return summary;
}

PackageInfo Exchange::inspectPackage(const std::string& path) {
    Package package = readPackageFile(path);
    checkPackage(m_db, package, path);
    PackageInfo info;
    info.file = path;
    info.packageId = package.packageId;
    info.createdAt = package.createdAt;
    info.senderReplicaId = package.senderReplicaId;
    info.senderName = package.senderName;
    info.recipientName = package.recipientName;
    info.forThisDatabase =
        package.recipientReplicaId.empty() || package.recipientReplicaId == m_db.replicaId();
    info.selection = package.selection;
    info.changes = static_cast<int>(package.changes.size());
    for (const auto& record : package.records)
        ++(record.referenceOnly ? info.referenced : info.records);
    info.previouslyImportedAt = ExchangeStore(m_db).importedBefore(package.packageId);
    return info;
}

ImportSummary Exchange::importPackage(const std::string& path) {
    Package package = readPackageFile(path);
    return clusterdesk::importPackage(m_db, package, path);
}

ImportSummary Exchange::importPackageText(const std::string& text, const std::string& source) {
    Package package = parsePackage(text, source);
    return clusterdesk::importPackage(m_db, package, source);
}

std::vector<Conflict> Exchange::conflicts(bool includeClosed) const {
    return listConflicts(m_db, includeClosed);
}

void Exchange::resolveConflict(std::int64_t id, Keep keep) {
    clusterdesk::resolveConflict(m_db, id, keep);
}

std::vector<ExchangeLogEntry> Exchange::log() const {
    return ExchangeStore(m_db).log();
}

} // namespace clusterdesk
