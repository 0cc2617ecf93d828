#pragma once

#include "storage/statement_cache.h"
#include "storage/table_schema.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// Where a change logged by the exchange comes from: the replica that made it, its number there (none for
// a change made here, whose number is its own seq), the changes it supersedes (';'-joined change ids,
// "replica:number"), and when and by whom it was made.
struct ChangeOrigin {
    std::string replicaId;
    std::optional<std::int64_t> originSeq;
    std::string parents;
    std::string changedAt;
    std::string changedBy;
};

// Reads and writes the records of one table whatever their entity: assigns ids and timestamps, checks
// references and uniqueness with messages a user can act on, keeps tombstones instead of deleting, and
// writes every field change to the change log. Each write is one transaction (or part of the caller's).
class RecordTable {
public:
    RecordTable(Database& db, const TableSchema& schema);
    ~RecordTable();
    RecordTable(const RecordTable&) = delete;
    RecordTable& operator=(const RecordTable&) = delete;

    const TableSchema& schema() const { return m_schema; }

    std::optional<RowData> find(const std::string& id, bool includeDeleted = false) const;
    // whereSql is a condition on the table's columns with ? placeholders (may be empty); deleted rows
    // are left out unless includeDeleted.
    std::vector<RowData> select(const std::string& whereSql = {}, const std::vector<Value>& binds = {},
                                const std::string& orderBy = {}, bool includeDeleted = false) const;

    void insert(RowData& row);
    // Writes only the fields that differ from what is stored; returns false when nothing changed.
    bool update(RowData& row);
    void remove(const std::string& id);
    void restore(const std::string& id);

    // For the exchange, which checks a whole package before it writes and logs every change with its
    // origin: stores the row exactly as given (inserting it when its id is new, links and tombstone
    // included) without checks and without logging.
    void storeExact(const RowData& row);
    // Writes one change-log entry as given. field is a column, a link set or "deleted_at".
    void logChange(const std::string& id, const std::string& field,
                   const std::optional<std::string>& oldValue, const std::optional<std::string>& newValue,
                   const ChangeOrigin& origin);

private:
    void checkReferences(const RowData& row) const;
    void checkUnique(const RowData& row) const;
    void writeLinks(const std::string& id, std::size_t link, const std::vector<std::string>& members);
    std::vector<std::string> readLinks(const std::string& id, std::size_t link) const;
    void log(const std::string& id, const std::string& field, const std::optional<std::string>& oldValue,
             const std::optional<std::string>& newValue);
    bool referenceExists(const std::string& table, const std::string& key) const;
    std::string columnList() const;
    StatementCache::Use use(const std::string& sql) const { return m_statements.use(sql); }

    Database& m_db;
    const TableSchema& m_schema;
    mutable StatementCache m_statements;
};

std::string joinIds(const std::vector<std::string>& ids);

} // namespace clusterdesk
