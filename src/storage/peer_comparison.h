#pragma once

#include "domain/audit.h"
#include "storage/database.h"

#include <string>

namespace clusterdesk {

// Averages, computed in SQL, of the latest completed audit of the given template version of each company
// similar to companyId (sharing a cluster membership, a NACE section or a size class), companyId itself
// left out. The figures are left empty when the group has fewer than kMinPeerGroupSize companies.
PeerComparison comparePeers(Database& db, const std::string& companyId, const std::string& templateKey,
                            PeerGroup group);

} // namespace clusterdesk
