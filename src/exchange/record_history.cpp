#include "exchange/record_history.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>
#include <deque>

namespace clusterdesk {

std::string changeId(const std::string& replicaId, std::int64_t number) {
    return replicaId + ":" + std::to_string(number);
}

std::string changeReplica(const std::string& id) {
    auto colon = id.rfind(':');
    return colon == std::string::npos ? std::string{} : id.substr(0, colon);
}

bool isChangeId(const std::string& id) {
    auto colon = id.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= id.size())
        return false;
    for (std::size_t i = colon + 1; i < id.size(); ++i)
        if (id[i] < '0' || id[i] > '9')
            return false;
    return id.find(';') == std::string::npos;
}

std::vector<std::string> splitChangeIds(const std::string& joined) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start < joined.size()) {
        std::size_t end = joined.find(';', start);
        if (end == std::string::npos)
            end = joined.size();
        if (end > start)
            ids.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return ids;
}

std::string joinChangeIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ";") + id;
    return out;
}

RecordHistory RecordHistory::load(Database& db, const std::string& entity, const std::string& recordId) {
    StatementCache statements(db.sql());
    return load(statements, entity, recordId);
}

RecordHistory RecordHistory::load(StatementCache& statements, const std::string& entity,
                                  const std::string& recordId) {
    RecordHistory history;
    std::multimap<std::string, std::pair<std::string, std::int64_t>> equivalents;
    auto equivalent = statements.use("SELECT change_id, equivalent_id, after_seq FROM exchange_equivalent "
                                     "WHERE entity = ? AND record_id = ?");
    equivalent->bind(1, entity);
    equivalent->bind(2, recordId);
    while (equivalent->executeStep())
        equivalents.emplace(
            equivalent->getColumn(0).getString(),
            std::pair{equivalent->getColumn(1).getString(), equivalent->getColumn(2).getInt64()});

    auto query =
        statements.use("SELECT seq, field, old_value, new_value, changed_at, changed_by, replica_id, "
                       "origin_seq, parents FROM change_log WHERE entity = ? AND record_id = ? ORDER BY seq");
    query->bind(1, entity);
    query->bind(2, recordId);
    while (query->executeStep()) {
        HistoryEntry entry;
        entry.seq = query->getColumn(0).getInt64();
        entry.field = query->getColumn(1).getString();
        if (!query->getColumn(2).isNull())
            entry.oldValue = query->getColumn(2).getString();
        if (!query->getColumn(3).isNull())
            entry.newValue = query->getColumn(3).getString();
        entry.changedAt = query->getColumn(4).getString();
        entry.changedBy = query->getColumn(5).getString();
        auto originSeq = query->getColumn(7);
        entry.id =
            changeId(query->getColumn(6).getString(), originSeq.isNull() ? entry.seq : originSeq.getInt64());
        if (!query->getColumn(8).isNull()) {
            entry.parents = splitChangeIds(query->getColumn(8).getString());
        } else if (entry.field == "deleted_at") {
            for (const auto& [field, version] : history.m_versions)
                entry.parents.push_back(version);
        } else if (auto it = history.m_versions.find(entry.field); it != history.m_versions.end()) {
            entry.parents.push_back(it->second);
        }
        if (originSeq.isNull()) {
            // Made here on top of a version known to equal one made elsewhere: on top of both.
            std::vector<std::string> more;
            for (const auto& parent : entry.parents) {
                auto [from, to] = equivalents.equal_range(parent);
                for (auto it = from; it != to; ++it)
                    if (it->second.second < entry.seq)
                        more.push_back(it->second.first);
            }
            entry.parents.insert(entry.parents.end(), more.begin(), more.end());
        }
        history.m_versions[entry.field] = entry.id;
        history.m_byId.emplace(entry.id, history.m_entries.size());
        history.m_entries.push_back(std::move(entry));
    }
    return history;
}

std::string RecordHistory::version(const std::string& field) const {
    auto it = m_versions.find(field);
    return it == m_versions.end() ? std::string{} : it->second;
}

const HistoryEntry* RecordHistory::find(const std::string& id) const {
    auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_entries[it->second];
}

void VersionGraph::add(const std::string& id, const std::vector<std::string>& parents) {
    auto& known = m_parents[id];
    for (const auto& parent : parents)
        known.push_back(parent);
}

void VersionGraph::add(const RecordHistory& history) {
    for (const auto& entry : history.entries())
        add(entry.id, entry.parents);
}

bool VersionGraph::isAncestorOrSelf(const std::string& ancestor, const std::string& of) const {
    if (ancestor.empty() || ancestor == of)
        return true;
    std::set<std::string> seen{of};
    std::deque<std::string> queue{of};
    while (!queue.empty()) {
        auto it = m_parents.find(queue.front());
        queue.pop_front();
        if (it == m_parents.end())
            continue;
        for (const auto& parent : it->second) {
            if (parent == ancestor)
                return true;
            if (seen.insert(parent).second)
                queue.push_back(parent);
        }
    }
    return false;
}

} // namespace clusterdesk
