#pragma once

#include "exchange/package.h"

#include <string>

namespace clusterdesk {

class Database;

// Everything about a package that can be checked before writing: it was not made by this database, its
// entities, fields and change ids are known and well formed, each record appears once, and every
// reference points to a record (or catalogue row) that is in the package or in the database. Throws an
// InputError naming source and the offending part.
void checkPackage(Database& db, const Package& package, const std::string& source);

// The catalogue tables records refer to (regions, audit kinds, ...), by their "code".
bool isCatalogueTable(const std::string& table);

} // namespace clusterdesk
