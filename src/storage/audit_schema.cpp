#include "storage/audit_schema.h"

#include "domain/audit_template.h"
#include "domain/date.h"
#include "domain/error.h"
#include "resources/embedded_templates.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* kStandardColumns = R"sql(
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  deleted_at TEXT,)sql";
} // namespace

void createAuditTables(SQLite::Database& db) {
    std::string standard = kStandardColumns;
    // audit_template.id is "template_id@version" on every replica: the same version imported anywhere is
    // the same record, and a new version is a new record.
    db.exec("CREATE TABLE audit_template (" + standard + R"sql(
  template_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL,
  kind TEXT NOT NULL REFERENCES audit_kind(code),
  language TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('bundled','imported')),
  body TEXT NOT NULL);
CREATE UNIQUE INDEX audit_template_version ON audit_template(template_id, version);
)sql");
    db.exec("CREATE TABLE audit (" + standard + R"sql(
  template_key TEXT NOT NULL REFERENCES audit_template(id),
  visit_id TEXT REFERENCES visit(id),
  measure_id TEXT REFERENCES support_measure(id),
  company_id TEXT NOT NULL REFERENCES company(id),
  status TEXT NOT NULL CHECK (status IN ('draft','completed')),
  completed_at TEXT,
  reopen_reason TEXT,
  overall_percent REAL,
  section_percents TEXT,
  CHECK ((visit_id IS NULL) <> (measure_id IS NULL)));
CREATE INDEX audit_company ON audit(company_id);
CREATE INDEX audit_visit ON audit(visit_id);
CREATE INDEX audit_measure ON audit(measure_id);
CREATE INDEX audit_template_status ON audit(template_key, status);
)sql");
    db.exec("CREATE TABLE audit_answer (" + standard + R"sql(
  audit_id TEXT NOT NULL REFERENCES audit(id),
  question_id TEXT NOT NULL,
  value TEXT);
CREATE UNIQUE INDEX audit_answer_question ON audit_answer(audit_id, question_id) WHERE deleted_at IS NULL;
)sql");
    db.exec("CREATE TABLE audit_section_note (" + standard + R"sql(
  audit_id TEXT NOT NULL REFERENCES audit(id),
  section_id TEXT NOT NULL,
  text TEXT);
CREATE UNIQUE INDEX audit_note_section ON audit_section_note(audit_id, section_id) WHERE deleted_at IS NULL;
)sql");
}

void seedBundledTemplates(SQLite::Database& db) {
    SQLite::Statement insert(db,
                             "INSERT OR IGNORE INTO audit_template (id, created_at, updated_at, changed_by, "
                             "template_id, version, title, kind, language, origin, body) "
                             "VALUES (?, ?, ?, 'clusterdesk', ?, ?, ?, ?, ?, 'bundled', ?)");
    const std::string now = utcTimestamp();
    for (auto name : embeddedTemplateNames()) {
        auto body = embeddedTemplate(name);
        AuditTemplate t;
        try {
            t = parseTemplate(body);
        } catch (const ValidationError& e) {
            throw StorageError("the bundled template " + std::string(name) + " is not valid: " +
                               e.errors().front().field + ": " + e.errors().front().message);
        }
        insert.bind(1, t.key());
        insert.bind(2, now);
        insert.bind(3, now);
        insert.bind(4, t.id);
        insert.bind(5, t.version);
        insert.bind(6, t.title);
        insert.bind(7, t.kind);
        insert.bind(8, t.language);
        insert.bind(9, std::string(body));
        insert.exec();
        insert.reset();
    }
}

} // namespace clusterdesk
