#pragma once

#include "exchange/exchange_types.h"
#include "exchange/package.h"

#include <string>

namespace clusterdesk {

class Database;

// Checks a package against this database and merges it in one transaction: new records are added,
// known changes skipped, changes made on top of what this database holds applied, and changes made at
// the same time as a local one stored as conflicts instead of overwriting anything. A package that
// cannot be merged (made here, unknown entity or field, a reference to a record that is neither in the
// package nor in the database, ...) is refused with an InputError and the database is left as it was.
ImportSummary importPackage(Database& db, const Package& package, const std::string& source);

} // namespace clusterdesk
