#include "storage/write_transaction.h"

#include "storage/database.h"

namespace clusterdesk {

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db) {
    if (m_db.m_transactionDepth == 0)
        m_transaction.emplace(m_db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    else
        m_savepoint.emplace(m_db.sql(), "nested_" + std::to_string(m_db.m_transactionDepth));
    ++m_db.m_transactionDepth;
}

WriteTransaction::~WriteTransaction() {
    --m_db.m_transactionDepth;
}

void WriteTransaction::commit() {
    if (m_transaction)
        m_transaction->commit();
    else
        m_savepoint->release();
}

} // namespace clusterdesk
