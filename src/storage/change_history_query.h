#pragma once

#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// One field change of one record, from the change log.
struct FieldChange {
    std::string changedAt; // ISO 8601 UTC
    std::string changedBy;
    std::string field; // storage column name; "deleted_at" for deletion and restoring
    std::string oldValue;
    std::string newValue;
    bool hadOldValue = false;
    bool hasNewValue = false;
};

// The change history of a record's own fields, newest first.
class ChangeHistoryQuery {
public:
    explicit ChangeHistoryQuery(Database& db)
        : m_db(db) {}

    std::vector<FieldChange> changes(const std::string& table, const std::string& recordId) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
