#pragma once

#include <SQLiteCpp/Database.h>
#include <string>

namespace clusterdesk {

// Numbered schema migrations. The database's PRAGMA user_version says how many have been applied;
// the missing ones run in one transaction, so a failed upgrade leaves the file as it was.
int latestSchemaVersion();
int storedSchemaVersion(SQLite::Database& db);

// Applies the missing steps up to targetVersion (tests stop earlier to build old databases). Throws
// SchemaTooNewError when the file was written by a newer ClusterDesk.
void migrate(SQLite::Database& db, const std::string& path, int targetVersion = latestSchemaVersion());

} // namespace clusterdesk
