#pragma once

#include "exchange/exchange_types.h"

#include <cstdint>
#include <vector>

namespace clusterdesk {

class Database;

// Open conflicts (or all, with the decided ones), oldest first, "mine" as the database holds it now.
std::vector<Conflict> listConflicts(Database& db, bool includeClosed = false);

// Settles an open conflict in one transaction: the field keeps this database's value or takes the
// package's, and the decision is logged as a change made on top of both versions, so the next package
// settles the same conflict on the other side instead of raising it again. Throws NotFoundError when
// there is no open conflict with that id.
void resolveConflict(Database& db, std::int64_t id, Keep keep);

// Closes open conflicts that need no decision any more: the field here now has their value, or its
// version here was made knowing theirs (a decision that came from another replica, a record restored
// here after their edit). Returns how many were closed.
int settleMootConflicts(Database& db);

} // namespace clusterdesk
