#pragma once

#include <SQLiteCpp/Database.h>

namespace clusterdesk {

// Schema step 2: what the quarterly report needs beyond version 1 — the closed_quarter table (figures
// as sent, fingerprint of the PDF) and the indexes its queries use on large databases.
void createReportSchema(SQLite::Database& db);

} // namespace clusterdesk
