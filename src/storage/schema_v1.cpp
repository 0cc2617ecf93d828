#include "storage/schema_v1.h"

#include <string>

namespace clusterdesk {

namespace {
// Every entity table starts the same way: a UUID that is the same on every replica, timestamps, who
// changed it last, and a tombstone (deleted_at) instead of a physical delete.
std::string entityTable(const std::string& name, const std::string& columns) {
    return "CREATE TABLE " + name +
           " (\n"
           "  id TEXT PRIMARY KEY NOT NULL,\n"
           "  created_at TEXT NOT NULL,\n"
           "  updated_at TEXT NOT NULL,\n"
           "  changed_by TEXT NOT NULL,\n"
           "  deleted_at TEXT,\n" +
           columns + ");\n";
}
} // namespace

void createSchemaV1(SQLite::Database& db) {
    db.exec(R"sql(
CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

CREATE TABLE nuts2_region (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, macroregion TEXT);
CREATE TABLE nace_section (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
  division_from INTEGER NOT NULL, division_to INTEGER NOT NULL);
CREATE TABLE audit_kind (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, phase INTEGER NOT NULL);
CREATE TABLE measure_kind (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);
CREATE TABLE instrument (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('financial','non_financial')),
  former_names TEXT, description TEXT, active INTEGER NOT NULL DEFAULT 1);

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  replica_id TEXT NOT NULL);
CREATE INDEX change_log_record ON change_log(entity, record_id);
)sql");

    db.exec(entityTable("cluster", R"sql(
  name TEXT NOT NULL,
  sector TEXT,
  region TEXT REFERENCES nuts2_region(code),
  organisation TEXT,
  budget_days REAL,
  budget_eur REAL,
  notes TEXT
)sql"));
    db.exec(entityTable("excellence_label", R"sql(
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  level TEXT NOT NULL CHECK (level IN ('bronze','silver','gold')),
  awarded TEXT NOT NULL,
  expires TEXT NOT NULL
)sql"));
    db.exec(entityTable("company", R"sql(
  name TEXT NOT NULL,
  fiscal_code TEXT,
  vat_registered INTEGER NOT NULL DEFAULT 0,
  nace_code TEXT,
  nace_version TEXT NOT NULL DEFAULT '2.0',
  headcount INTEGER,
  turnover_eur REAL,
  balance_sheet_eur REAL,
  size_class TEXT NOT NULL DEFAULT 'unknown',
  region TEXT REFERENCES nuts2_region(code),
  city TEXT,
  address TEXT,
  website TEXT,
  email TEXT,
  phone TEXT,
  notes TEXT
)sql"));
    db.exec(entityTable("membership", R"sql(
  company_id TEXT NOT NULL REFERENCES company(id),
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  since TEXT,
  until TEXT
)sql"));
    db.exec(entityTable("person", R"sql(
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  job_title TEXT,
  employer_kind TEXT NOT NULL DEFAULT 'none',
  employer_company_id TEXT REFERENCES company(id),
  employer_cluster_id TEXT REFERENCES cluster(id),
  employer_name TEXT,
  staff_role TEXT NOT NULL DEFAULT 'none',
  day_rate_eur REAL,
  consent_given_on TEXT,
  consent_purpose TEXT,
  consent_source TEXT
)sql"));
    db.exec(entityTable("seminar", R"sql(
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  place TEXT,
  topics TEXT,
  presenters TEXT,
  notes TEXT
)sql"));
    db.exec(entityTable("attendance", R"sql(
  seminar_id TEXT NOT NULL REFERENCES seminar(id),
  company_id TEXT NOT NULL REFERENCES company(id),
  person_id TEXT REFERENCES person(id),
  status TEXT NOT NULL CHECK (status IN ('registered','attended','no_show'))
)sql"));
    db.exec(entityTable("visit", R"sql(
  company_id TEXT NOT NULL REFERENCES company(id),
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  date TEXT NOT NULL,
  audit_kind TEXT NOT NULL REFERENCES audit_kind(code),
  findings TEXT
)sql"));
    db.exec(entityTable("recommendation", R"sql(
  visit_id TEXT NOT NULL REFERENCES visit(id),
  text TEXT NOT NULL,
  instrument_code TEXT REFERENCES instrument(code),
  priority TEXT NOT NULL CHECK (priority IN ('high','medium','low')),
  status TEXT NOT NULL CHECK (status IN ('proposed','accepted','in_progress','done','declined')),
  due_date TEXT
)sql"));
    db.exec(entityTable("support_measure", R"sql(
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  kind TEXT NOT NULL REFERENCES measure_kind(code),
  title TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('planned','in_progress','done','cancelled')),
  outcome_notes TEXT
)sql"));
    db.exec(entityTable("effort", R"sql(
  person_id TEXT NOT NULL REFERENCES person(id),
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 3),
  date TEXT NOT NULL,
  days REAL NOT NULL,
  day_rate_eur REAL,
  note TEXT
)sql"));
    db.exec(entityTable("agreement", R"sql(
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  title TEXT NOT NULL,
  kind TEXT,
  date TEXT NOT NULL,
  parties TEXT,
  countries TEXT,
  notes TEXT
)sql"));
    db.exec(entityTable("funding_application", R"sql(
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  company_id TEXT REFERENCES company(id),
  instrument_code TEXT NOT NULL REFERENCES instrument(code),
  title TEXT,
  amount_eur REAL,
  status TEXT NOT NULL CHECK (status IN ('submitted','approved','rejected')),
  submitted_on TEXT NOT NULL,
  decided_on TEXT
)sql"));
    db.exec(entityTable("certification", R"sql(
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  company_id TEXT NOT NULL REFERENCES company(id),
  name TEXT NOT NULL,
  awarded_on TEXT NOT NULL
)sql"));
    db.exec(entityTable("follow_up", R"sql(
  company_id TEXT NOT NULL REFERENCES company(id),
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  recommendation_id TEXT REFERENCES recommendation(id),
  visit_id TEXT REFERENCES visit(id),
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  owner_id TEXT REFERENCES person(id),
  status TEXT NOT NULL CHECK (status IN ('open','done','cancelled')),
  completed_on TEXT
)sql"));
    db.exec(entityTable("contact_attempt", R"sql(
  follow_up_id TEXT NOT NULL REFERENCES follow_up(id),
  date TEXT NOT NULL,
  channel TEXT,
  answered INTEGER NOT NULL DEFAULT 0,
  note TEXT
)sql"));

    db.exec(R"sql(
CREATE TABLE seminar_cluster (
  seminar_id TEXT NOT NULL REFERENCES seminar(id),
  cluster_id TEXT NOT NULL REFERENCES cluster(id),
  PRIMARY KEY (seminar_id, cluster_id)) WITHOUT ROWID;
CREATE TABLE visit_staff (
  visit_id TEXT NOT NULL REFERENCES visit(id),
  person_id TEXT NOT NULL REFERENCES person(id),
  PRIMARY KEY (visit_id, person_id)) WITHOUT ROWID;
CREATE TABLE measure_company (
  measure_id TEXT NOT NULL REFERENCES support_measure(id),
  company_id TEXT NOT NULL REFERENCES company(id),
  PRIMARY KEY (measure_id, company_id)) WITHOUT ROWID;

CREATE UNIQUE INDEX company_fiscal_code ON company(fiscal_code)
  WHERE fiscal_code IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX company_name ON company(name COLLATE NOCASE);
CREATE INDEX membership_company ON membership(company_id);
CREATE INDEX membership_cluster ON membership(cluster_id);
CREATE INDEX label_cluster ON excellence_label(cluster_id, expires);
CREATE INDEX person_employer ON person(employer_company_id);
CREATE INDEX seminar_date ON seminar(date);
CREATE INDEX seminar_cluster_cluster ON seminar_cluster(cluster_id, seminar_id);
CREATE INDEX attendance_seminar ON attendance(seminar_id, status);
CREATE INDEX attendance_company ON attendance(company_id);
CREATE INDEX visit_date ON visit(date);
CREATE INDEX visit_cluster ON visit(cluster_id, date);
CREATE INDEX visit_company ON visit(company_id);
CREATE INDEX recommendation_visit ON recommendation(visit_id);
CREATE INDEX measure_start ON support_measure(cluster_id, start_date);
CREATE INDEX measure_company_company ON measure_company(company_id);
CREATE INDEX effort_cluster ON effort(cluster_id, date);
CREATE INDEX effort_date ON effort(date);
CREATE INDEX agreement_cluster ON agreement(cluster_id, date);
CREATE INDEX funding_cluster ON funding_application(cluster_id, submitted_on);
CREATE INDEX certification_cluster ON certification(cluster_id, awarded_on);
CREATE INDEX follow_up_due ON follow_up(due_date, status);
CREATE INDEX follow_up_cluster ON follow_up(cluster_id, due_date);
CREATE INDEX follow_up_company ON follow_up(company_id);
CREATE INDEX contact_attempt_follow_up ON contact_attempt(follow_up_id, date);
)sql");
}

} // namespace clusterdesk
