#include "storage/statement_cache.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

StatementCache::Use::Use(SQLite::Statement& statement)
    : m_statement(statement) {
    m_statement.reset();
    m_statement.clearBindings();
}

StatementCache::Use::~Use() {
    m_statement.tryReset();
}

StatementCache::StatementCache(SQLite::Database& db)
    : m_db(db) {}

StatementCache::~StatementCache() = default;

StatementCache::Use StatementCache::use(const std::string& sql) {
    auto& statement = m_statements[sql];
    if (!statement)
        statement = std::make_unique<SQLite::Statement>(m_db, sql);
    return Use(*statement);
}

} // namespace clusterdesk
