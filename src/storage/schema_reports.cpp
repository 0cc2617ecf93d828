#include "storage/schema_reports.h"

namespace clusterdesk {

void createReportSchema(SQLite::Database& db) {
    db.exec(R"sql(
CREATE TABLE closed_quarter (
  quarter TEXT PRIMARY KEY NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  figures_json TEXT NOT NULL,
  pdf_sha256 TEXT NOT NULL);

-- Companies and people that attended, read from the index alone (the attendance table is the largest;
-- status and deleted_at are in it so that SQLite sees the index covers the query).
CREATE INDEX attendance_attended ON attendance(seminar_id, company_id, person_id, status, deleted_at)
  WHERE status = 'attended' AND deleted_at IS NULL;
-- The few deleted parents, which report queries leave out.
CREATE INDEX company_deleted ON company(id) WHERE deleted_at IS NOT NULL;
CREATE INDEX person_deleted ON person(id) WHERE deleted_at IS NOT NULL;
)sql");
}

} // namespace clusterdesk
