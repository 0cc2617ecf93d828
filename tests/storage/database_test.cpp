#include "domain/error.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace clusterdesk;

TEST_CASE("a new database is migrated to the latest schema with catalogues seeded", "[database]") {
    test::TempDatabase t;
    auto& sql = t.db().sql();
    CHECK(storedSchemaVersion(sql) == Database::schemaVersion());
    CHECK(sql.execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(sql.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(sql.execAndGet("SELECT count(*) FROM nuts2_region").getInt() == 8);
    CHECK(sql.execAndGet("SELECT count(*) FROM nace_section").getInt() == 21);
    CHECK(sql.execAndGet("SELECT name FROM instrument WHERE code = 'eic_accelerator'").getString() ==
          "EIC Accelerator");
    CHECK(sql.execAndGet("SELECT former_names FROM instrument WHERE code = 'eic_accelerator'").getString() ==
          "SME Instrument");
    CHECK(t.db().isEmpty());
    CHECK(t.db().replicaId().size() == 36);
}

TEST_CASE("reopening a database keeps its replica id and does not migrate again", "[database]") {
    test::TempDatabase t;
    std::string replica = t.db().replicaId();
    t.reopen();
    CHECK(t.db().replicaId() == replica);
    CHECK(storedSchemaVersion(t.db().sql()) == Database::schemaVersion());
}

TEST_CASE("a database from a newer ClusterDesk is refused with a clear message", "[database]") {
    test::TempDir dir;
    std::string path = dir.file("newer.clusterdesk");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA user_version = 999");
    }
    try {
        Database db(path);
        FAIL("a newer database was opened");
    } catch (const SchemaTooNewError& e) {
        std::string message = e.what();
        CHECK(message.find(path) != std::string::npos);
        CHECK(message.find("newer ClusterDesk") != std::string::npos);
    }
}

TEST_CASE("a file that is not a database is refused naming the file", "[database]") {
    test::TempDir dir;
    std::string path = dir.file("notes.txt");
    std::ofstream(path) << "this is not a database, just some text that is long enough to have a header";
    try {
        Database db(path);
        FAIL("a text file was opened as a database");
    } catch (const StorageError& e) {
        CHECK(std::string(e.what()).find(path) != std::string::npos);
    }
}

TEST_CASE("a backup is a complete copy that opens as a database", "[database]") {
    test::TempDatabase t;
    t.db().setSetting("organisation_name", "Romanian Cluster Association");
    std::string copy = t.dir().file("backup.clusterdesk");
    t.db().backupTo(copy);
    Database restored(copy);
    CHECK(restored.setting("organisation_name") == "Romanian Cluster Association");
}
