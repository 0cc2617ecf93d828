#include "storage/database.h"

#include "domain/date.h"
#include "domain/error.h"
#include "domain/uuid.h"
#include "storage/migrations.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

Database::Database(const std::string& path)
    : m_path(path)
    , m_clock(utcTimestamp) {
    try {
        m_db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        m_db->setBusyTimeout(5000);
        // A file that is not a database fails here, on the first read.
        m_db->exec("PRAGMA foreign_keys = ON");
        if (path != ":memory:")
            m_db->exec("PRAGMA journal_mode = WAL");
        // FULL: a committed transaction survives a power cut too (in WAL mode NORMAL may lose the last
        // ones), so an audit answer confirmed on screen is never lost.
        m_db->exec("PRAGMA synchronous = FULL");
        // Sorting and DISTINCT of report queries in memory rather than in temporary files.
        m_db->exec("PRAGMA temp_store = MEMORY");
        migrate(*m_db, path);
        if (setting("replica_id").empty())
            setSetting("replica_id", newUuid());
    } catch (const SQLite::Exception& e) {
        throw StorageError(path + ": cannot open the database (" + e.what() +
                           "); check the path, or restore the file from a backup");
    }
}

Database::~Database() = default;

int Database::schemaVersion() {
    return latestSchemaVersion();
}

std::string Database::replicaId() const {
    return setting("replica_id");
}

std::string Database::setting(const std::string& key) const {
    SQLite::Statement query(*m_db, "SELECT value FROM setting WHERE key = ?");
    query.bind(1, key);
    return query.executeStep() ? query.getColumn(0).getString() : std::string{};
}

void Database::setSetting(const std::string& key, const std::string& value) {
    SQLite::Statement upsert(*m_db, "INSERT INTO setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key);
    upsert.bind(2, value);
    upsert.exec();
}

bool Database::isEmpty() const {
    return m_db->execAndGet("SELECT (SELECT count(*) FROM cluster) + (SELECT count(*) FROM company) + "
                            "(SELECT count(*) FROM person)")
               .getInt() == 0;
}

void Database::backupTo(const std::string& targetPath) {
    try {
        SQLite::Database target(targetPath, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(target, *m_db);
        backup.executeStep(-1);
    } catch (const SQLite::Exception& e) {
        throw StorageError(targetPath + ": the backup could not be written (" + e.what() + ")");
    }
}

} // namespace clusterdesk
