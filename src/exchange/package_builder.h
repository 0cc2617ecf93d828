#pragma once

#include "exchange/package.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// Which records go into a package, and how much of their history.
struct PackagePlan {
    std::map<std::string, std::set<std::string>> records; // entity -> ids, sent with their state and history
    std::int64_t sinceSeq = 0;                            // only change-log entries after this one
    std::string skipReplica; // leave out changes made by this replica (the recipient knows them)
    std::string selection;   // in words, for the package and the log
    // Tables with changes in the log that the exchange does not know (added to the schema without an
    // entry in entity_registry.cpp): their changes cannot travel.
    std::set<std::string> unknownEntities;
};

// The newest seq of the change log (0 when empty).
std::int64_t lastChangeSeq(Database& db);

// Every record touched by a change after sinceSeq, with those changes except the ones made by
// skipReplica.
PackagePlan planChangesSince(Database& db, std::int64_t sinceSeq, const std::string& skipReplica);
// Every record, deleted ones included, with its whole history.
PackagePlan planEverything(Database& db);
// The given companies and the visits the given people took part in, with every record that refers to
// them directly or through records that do (memberships, visits, recommendations, follow-ups, ...).
// Throws NotFoundError for an unknown company or person.
PackagePlan planSelection(Database& db, const std::vector<std::string>& companyIds,
                          const std::vector<std::string>& auditsBy);

// Builds the content: the planned records with their history, every record they refer to (directly or
// not) as a reference-only record, and the catalogue rows referred to. The header (ids, sender,
// recipient) is left for the caller.
Package buildPackage(Database& db, const PackagePlan& plan);

} // namespace clusterdesk
