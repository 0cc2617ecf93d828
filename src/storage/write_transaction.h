#pragma once

#include <SQLiteCpp/Savepoint.h>
#include <SQLiteCpp/Transaction.h>
#include <optional>

namespace clusterdesk {

class Database;

// One user action is one transaction. The outermost WriteTransaction begins an IMMEDIATE transaction;
// nested ones become savepoints, so a repository call can be part of a bigger action. Destroyed without
// commit() (an exception in flight), everything since it began is rolled back.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    Database& m_db;
    std::optional<SQLite::Transaction> m_transaction;
    std::optional<SQLite::Savepoint> m_savepoint;
};

// Runs action inside one WriteTransaction and commits it.
template <class F> auto inTransaction(Database& db, F&& action) {
    WriteTransaction tx(db);
    if constexpr (std::is_void_v<decltype(action())>) {
        action();
        tx.commit();
    } else {
        auto result = action();
        tx.commit();
        return result;
    }
}

} // namespace clusterdesk
