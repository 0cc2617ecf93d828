#pragma once

#include <map>
#include <memory>
#include <string>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace clusterdesk {

// Statements prepared once and run again and again (an exchange import runs the same few for
// thousands of records). A statement is handed out unbound and reset when its use ends, so it never
// keeps a read open in between.
class StatementCache {
public:
    class Use {
    public:
        explicit Use(SQLite::Statement& statement);
        ~Use();
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;
        SQLite::Statement& operator*() { return m_statement; }
        SQLite::Statement* operator->() { return &m_statement; }

    private:
        SQLite::Statement& m_statement;
    };

    explicit StatementCache(SQLite::Database& db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    Use use(const std::string& sql);

private:
    SQLite::Database& m_db;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
};

} // namespace clusterdesk
