#pragma once

#include <SQLiteCpp/Database.h>

namespace clusterdesk {

// Migration step for audit forms: templates (every version kept), audits, their answers (one row per
// question) and section notes. All four are entity tables with the standard columns, so the change log
// and the offline exchange treat them like any other record.
void createAuditTables(SQLite::Database& db);

// Stores the templates bundled in resources/templates that the database does not hold yet (same id and
// version). Throws StorageError when a bundled template is not valid.
void seedBundledTemplates(SQLite::Database& db);

} // namespace clusterdesk
