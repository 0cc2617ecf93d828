#pragma once

#include <SQLiteCpp/Database.h>

namespace clusterdesk {

// The exchange between replicas (issue 6): where each change-log entry came from, the peers this
// database exchanged packages with, every export and import, and the conflicts waiting for a decision.
void createExchangeSchema(SQLite::Database& db);

} // namespace clusterdesk
