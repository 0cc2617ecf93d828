#pragma once

#include <SQLiteCpp/Database.h>
#include <functional>
#include <memory>
#include <string>

namespace clusterdesk {

// One open ClusterDesk database: a SQLite file in WAL mode with foreign keys on, migrated to the
// schema this program knows. Refuses a file written by a newer program. Knows who is editing, so every
// change can say who made it.
class Database {
public:
    // path may be ":memory:". Creates and migrates the file when needed; throws StorageError (or
    // SchemaTooNewError) with the path in the message.
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int schemaVersion(); // the newest migration this program knows

    SQLite::Database& sql() { return *m_db; }
    const std::string& path() const { return m_path; }

    const std::string& actor() const { return m_actor; }
    void setActor(std::string actor) { m_actor = std::move(actor); }

    // ISO 8601 UTC "now"; tests replace the clock to get repeatable timestamps.
    std::string now() const { return m_clock(); }
    void setClock(std::function<std::string()> clock) { m_clock = std::move(clock); }

    std::string replicaId() const;
    std::string setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& value);

    // True when no cluster, company or person was ever stored (catalogues do not count).
    bool isEmpty() const;

    // Copies the whole database to another file with SQLite's online backup.
    void backupTo(const std::string& targetPath);

private:
    friend class WriteTransaction;
    std::unique_ptr<SQLite::Database> m_db;
    std::string m_path;
    std::string m_actor = "unknown";
    std::function<std::string()> m_clock;
    int m_transactionDepth = 0;
};

} // namespace clusterdesk
