#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/repository.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("a database of every earlier schema version migrates to the latest and keeps its data",
          "[migration]") {
    for (int from = 1; from < Database::schemaVersion() + 1; ++from) {
        DYNAMIC_SECTION("from version " << from) {
            test::TempDir dir;
            std::string path = dir.file("old.clusterdesk");
            {
                SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
                raw.exec("PRAGMA foreign_keys = ON");
                migrate(raw, path, from);
                REQUIRE(storedSchemaVersion(raw) == from);
                // Version 1's tables exist in every version: a record written then must survive.
                raw.exec("INSERT INTO cluster (id, created_at, updated_at, changed_by, name) "
                         "VALUES ('c1', '2016-01-01T00:00:00Z', '2016-01-01T00:00:00Z', 'old', 'Pro Wood')");
            }
            Database db(path);
            CHECK(storedSchemaVersion(db.sql()) == Database::schemaVersion());
            Repository repo(db);
            CHECK(repo.clusters().get("c1").name == "Pro Wood");
        }
    }
}

TEST_CASE("an empty file is migrated from version 0 in one step", "[migration]") {
    test::TempDir dir;
    std::string path = dir.file("empty.clusterdesk");
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    REQUIRE(storedSchemaVersion(raw) == 0);
    migrate(raw, path);
    CHECK(storedSchemaVersion(raw) == latestSchemaVersion());
    migrate(raw, path); // nothing left to do
    CHECK(storedSchemaVersion(raw) == latestSchemaVersion());
}

TEST_CASE("a failing migration leaves the file at its old version", "[migration]") {
    test::TempDir dir;
    std::string path = dir.file("clash.clusterdesk");
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE cluster (x INTEGER)"); // clashes with migration 1
    CHECK_THROWS(migrate(raw, path));
    CHECK(storedSchemaVersion(raw) == 0);
    CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'company'").getInt() == 0);
}
