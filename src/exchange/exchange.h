#pragma once

#include "exchange/exchange_types.h"

#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// What the CLI and the desktop app call to exchange packages between replicas (a consultant's laptop,
// the cluster office). Every call is one transaction; errors are typed (InputError for a package that
// is refused, NotFoundError for an unknown peer, company or conflict, StorageError for a file that
// cannot be read or written).
class Exchange {
public:
    explicit Exchange(Database& db);

    std::string replicaId() const;
    // The human name of this database as peers see it ("Office", "Ana's laptop"); defaults to a short
    // form of the replica id.
    std::string replicaName() const;
    void setReplicaName(const std::string& name);

    std::vector<PeerInfo> peers() const;

    // Writes one .cdx package to path and logs the export. With a peer (and no selection), the peer's
    // mark moves on, so the next package for it holds only what changed after this one.
    ExportSummary exportPackage(const ExportRequest& request, const std::string& path);

    // Reads and checks a package as an import would, and says what it holds; writes nothing. Throws
    // the InputError the import would.
    PackageInfo inspectPackage(const std::string& path);

    // Reads, checks and merges a package; the summary is also in the exchange log.
    ImportSummary importPackage(const std::string& path);
    ImportSummary importPackageText(const std::string& text, const std::string& source);

    std::vector<Conflict> conflicts(bool includeClosed = false) const;
    void resolveConflict(std::int64_t id, Keep keep);

    std::vector<ExchangeLogEntry> log() const;

private:
    Database& m_db;
};

} // namespace clusterdesk
