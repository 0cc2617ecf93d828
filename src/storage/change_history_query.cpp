#include "storage/change_history_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

std::vector<FieldChange> ChangeHistoryQuery::changes(const std::string& table,
                                                     const std::string& recordId) const {
    SQLite::Statement query(m_db.sql(),
                            "SELECT changed_at, changed_by, field, old_value, new_value FROM change_log "
                            "WHERE entity = ? AND record_id = ? ORDER BY seq DESC");
    query.bind(1, table);
    query.bind(2, recordId);
    std::vector<FieldChange> changes;
    while (query.executeStep()) {
        FieldChange c;
        c.changedAt = query.getColumn(0).getString();
        c.changedBy = query.getColumn(1).getString();
        c.field = query.getColumn(2).getString();
        c.hadOldValue = !query.getColumn(3).isNull();
        c.oldValue = query.getColumn(3).getString();
        c.hasNewValue = !query.getColumn(4).isNull();
        c.newValue = query.getColumn(4).getString();
        changes.push_back(std::move(c));
    }
    return changes;
}

} // namespace clusterdesk
