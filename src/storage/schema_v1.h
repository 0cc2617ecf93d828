#pragma once

#include <SQLiteCpp/Database.h>

namespace clusterdesk {

// Migration 1: every table of the first release, with the indexes the reports need.
void createSchemaV1(SQLite::Database& db);

} // namespace clusterdesk
