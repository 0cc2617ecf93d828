#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// A database this one exchanged packages with, known by its replica id.
struct PeerInfo {
    std::string replicaId;
    std::string name;
    std::int64_t lastSentSeq = 0; // the change log up to here went into the last package for this peer
    std::string lastSentAt;
    std::int64_t receivedUpToSeq = 0; // the peer's change log up to here has arrived here
    std::string lastReceivedAt;
    std::string lastReceivedPackage;
};

// What to put in a package. With a selection (companies, audits by a consultant) the package holds
// those records and everything about them with their whole history; otherwise, with a peer, everything
// changed since the last package for that peer; with everything (or no peer), the whole database.
struct ExportRequest {
    std::string peer; // name or replica id of a known peer
    std::vector<std::string> companyIds;
    std::vector<std::string> auditsBy; // person ids: the visits they took part in
    bool everything = false;
};

struct ExportSummary {
    std::string file;
    std::string packageId;
    std::string peerName;
    std::string selection;
    int records = 0;    // records changed or selected
    int referenced = 0; // records sent only so references can be satisfied
    int changes = 0;
    std::vector<std::string> leftOut; // entities with changes this exchange cannot carry (a bug: report it)
};

// What a package holds, read and checked against this database without writing anything.
struct PackageInfo {
    std::string file;
    std::string packageId;
    std::string createdAt;
    std::string senderReplicaId;
    std::string senderName;
    std::string recipientName;   // "" when made for anyone
    bool forThisDatabase = true; // made for anyone or for this database
    std::string selection;
    int records = 0;
    int referenced = 0;
    int changes = 0;
    std::string previouslyImportedAt; // when this same package was imported before, or ""
};

// The outcome of one import, as logged. Each record of the package counts once.
struct ImportSummary {
    std::int64_t importId = 0;
    std::string packageId;
    std::string senderReplicaId;
    std::string senderName;
    std::string packageCreatedAt;
    std::string importedAt;
    int added = 0;
    int updated = 0;
    int skipped = 0;
    int inConflict = 0;
    int newConflicts = 0;
    std::string previouslyImportedAt; // when this same package was imported before, or ""
};

struct ExchangeLogEntry {
    std::int64_t id = 0;
    std::string direction; // "export" or "import"
    std::string at;
    std::string actor;
    std::string packageId;
    std::string packageCreatedAt;
    std::string peerReplicaId;
    std::string peerName;
    std::string file;
    std::string selection;
    int records = 0;
    int changes = 0;
    int added = 0;
    int updated = 0;
    int skipped = 0;
    int inConflict = 0;
};

enum class ConflictKind { Field, EditDelete };
enum class Keep { Mine, Theirs };

// Both sides changed the same field of the same record since they last exchanged (Field), or one side
// deleted a record the other edited (EditDelete, field "deleted_at"). Nothing was overwritten: "mine"
// is what this database holds, "theirs" what the package brought.
struct Conflict {
    std::int64_t id = 0;
    ConflictKind kind = ConflictKind::Field;
    std::string entity;
    std::string entityLabel;
    std::string recordId;
    std::string record; // "company 'Tesatoria SRL'"
    std::string field;
    std::optional<std::string> mineValue;
    std::string mineChangedAt;
    std::string mineChangedBy;
    std::optional<std::string> theirsValue;
    std::string theirsChangedAt;
    std::string theirsChangedBy;
    std::string theirsReplicaId;
    std::string theirsReplicaName;
    std::string detectedAt;
    std::int64_t importId = 0;
    std::string status;     // "open", "resolved", "settled" (decided on another replica)
    std::string resolution; // "mine" or "theirs" when resolved here
    std::string resolvedAt;
    std::string resolvedBy;
};

} // namespace clusterdesk
