#pragma once

#include <SQLiteCpp/Database.h>

namespace clusterdesk {

// Fills the catalogue tables from the CSV files bundled in resources/catalogues. Rows already there
// (perhaps edited by the user) are kept as they are.
void seedCatalogues(SQLite::Database& db);

} // namespace clusterdesk
