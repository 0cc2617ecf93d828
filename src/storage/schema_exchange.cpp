#include "storage/schema_exchange.h"

namespace clusterdesk {

void createExchangeSchema(SQLite::Database& db) {
    // A change made here is "replica_id:seq"; one that came in a package keeps the number it has on its
    // replica (origin_seq) and names the changes it supersedes (parents), so every replica can tell an
    // edit made on top of another from one made at the same time.
    db.exec(R"sql(
ALTER TABLE change_log ADD COLUMN origin_seq INTEGER;
ALTER TABLE change_log ADD COLUMN parents TEXT;
CREATE INDEX change_log_origin ON change_log(replica_id, origin_seq);

CREATE TABLE exchange_peer (
  replica_id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  last_sent_seq INTEGER NOT NULL DEFAULT 0,
  last_sent_at TEXT,
  received_up_to_seq INTEGER NOT NULL DEFAULT 0,
  last_received_at TEXT,
  last_received_package TEXT);

CREATE TABLE exchange_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  direction TEXT NOT NULL CHECK (direction IN ('export','import')),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  package_id TEXT NOT NULL,
  package_created_at TEXT,
  peer_replica_id TEXT,
  peer_name TEXT,
  file TEXT,
  selection TEXT,
  records INTEGER NOT NULL DEFAULT 0,
  changes INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  in_conflict INTEGER NOT NULL DEFAULT 0);
CREATE INDEX exchange_log_package ON exchange_log(package_id);

-- Changes a package brought that were not applied (kept as a conflict, or older than what is here),
-- with the changes they superseded: a later change made on top of one of them is then still known to
-- be made on top of it.
CREATE TABLE exchange_seen_change (
  change_id TEXT PRIMARY KEY NOT NULL,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  parents TEXT NOT NULL);
CREATE INDEX exchange_seen_change_record ON exchange_seen_change(entity, record_id);

-- A version kept here when another replica made one with the same value at the same time (the greater
-- id is kept everywhere; see docs/exchange-format.md): changes made here on top of it, after after_seq,
-- are made on top of the other one too.
CREATE TABLE exchange_equivalent (
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  change_id TEXT NOT NULL,
  equivalent_id TEXT NOT NULL,
  after_seq INTEGER NOT NULL,
  PRIMARY KEY (change_id, equivalent_id)) WITHOUT ROWID;
CREATE INDEX exchange_equivalent_record ON exchange_equivalent(entity, record_id);

CREATE TABLE exchange_conflict (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('field','edit_delete')),
  import_id INTEGER REFERENCES exchange_log(id),
  detected_at TEXT NOT NULL,
  mine_value TEXT,
  mine_version TEXT,
  mine_changed_at TEXT,
  mine_changed_by TEXT,
  theirs_value TEXT,
  theirs_version TEXT NOT NULL,
  theirs_parents TEXT NOT NULL DEFAULT '',
  theirs_changed_at TEXT,
  theirs_changed_by TEXT,
  theirs_replica_id TEXT,
  theirs_replica_name TEXT,
  brought_by TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved','settled')),
  resolution TEXT CHECK (resolution IN ('mine','theirs')),
  resolved_at TEXT,
  resolved_by TEXT);
CREATE INDEX exchange_conflict_record ON exchange_conflict(entity, record_id, status);
)sql");
}

} // namespace clusterdesk
