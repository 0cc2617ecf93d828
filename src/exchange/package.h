#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// The content of an exchange package (.cdx); docs/exchange-format.md describes the file.
inline constexpr int kPackageFormatVersion = 1;
inline constexpr const char* kPackageFormatName = "clusterdesk-exchange";

// One field of a record as the sender has it: its value in change-log text form and the id of the change
// that set it ("" when the field was never logged, e.g. left empty since the record was created).
struct PackageField {
    std::optional<std::string> value;
    std::string version;
};

struct PackageRecord {
    std::string entity; // table name: "company", "visit", ...
    std::string id;
    std::string createdAt;
    std::string updatedAt;
    std::string changedBy;
    // Sent only so the receiver can satisfy a reference: added when missing, otherwise left alone.
    bool referenceOnly = false;
    std::map<std::string, PackageField> fields; // every exchanged field, "deleted_at" included
};

// One change-log entry, with the changes it superseded.
struct PackageChange {
    std::string id; // "replica_id:number"
    std::string entity;
    std::string recordId;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
    std::string changedAt;
    std::string changedBy;
    std::vector<std::string> parents;
};

// A catalogue row (region, audit kind, instrument, ...) a record refers to, by its code.
struct CatalogueRow {
    std::string table;
    std::map<std::string, std::optional<std::string>> columns;
};

struct Package {
    std::string packageId;
    std::string createdAt;
    int schemaVersion = 0;
    std::string senderReplicaId;
    std::string senderName;
    std::string recipientReplicaId; // "" when made for anyone
    std::string recipientName;
    std::string selection; // what it holds, in words
    // The sender's change log up to this seq is in the package, for its recipient (0 for a selection).
    std::int64_t coversUpToSeq = 0;
    // The recipient's change log up to this seq has reached the sender (0 when unknown): the recipient
    // need not send those changes again.
    std::int64_t acknowledgedSeq = 0;
    std::vector<CatalogueRow> catalogues;
    std::vector<PackageRecord> records;
    std::vector<PackageChange> changes;
};

} // namespace clusterdesk
