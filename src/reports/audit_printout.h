#pragma once

#include "domain/audit.h"
#include "storage/audit_store.h"
#include "storage/database.h"

#include <optional>
#include <string>

namespace clusterdesk {

// What a printed audit shows besides the form itself: whose it is, where it was done, and how similar
// companies did.
struct AuditPrintout {
    AuditForm form;
    std::string companyName;
    std::string context; // "Company visit on 2026-03-05" or "Support measure: IMP3rove audits"
    std::optional<PeerComparison> peers;
};

// Throws NotFoundError when there is no such audit.
AuditPrintout loadPrintout(Database& db, const std::string& auditId, std::optional<PeerGroup> peerGroup);

// "same cluster", "same NACE section", "same size class"
std::string peerGroupLabel(PeerGroup group);

} // namespace clusterdesk
