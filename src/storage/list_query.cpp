#include "storage/list_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>
#include <sstream>

namespace clusterdesk {

namespace {
std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}
} // namespace

std::string containsPattern(const std::string& text) {
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

std::vector<std::string> selectIds(Database& db, const ListSpec& spec, const ListFilter& filter) {
    std::vector<std::string> conditions;
    std::vector<Value> binds;
    if (!filter.includeDeleted)
        conditions.push_back(spec.deletedColumn + " IS NULL");
    if (!spec.condition.empty()) {
        conditions.push_back("(" + spec.condition + ")");
        binds.insert(binds.end(), spec.conditionBinds.begin(), spec.conditionBinds.end());
    }
    if (!filter.clusterId.empty() && !spec.clusterCondition.empty()) {
        conditions.push_back("(" + spec.clusterCondition + ")");
        for (char c : spec.clusterCondition)
            if (c == '?')
                binds.emplace_back(filter.clusterId);
    }
    for (const auto& word : words(filter.search)) {
        std::string any;
        for (const auto& column : spec.searchColumns) {
            any += (any.empty() ? "" : " OR ") + column + " LIKE ? ESCAPE '\\'";
            binds.emplace_back(containsPattern(word));
        }
        if (!any.empty())
            conditions.push_back("(" + any + ")");
    }
    std::string sql = "SELECT " + spec.idColumn + " FROM " + spec.from;
    for (std::size_t i = 0; i < conditions.size(); ++i)
        sql += (i == 0 ? " WHERE " : " AND ") + conditions[i];
    std::string key =
        spec.sortKeys.empty() ? spec.idColumn : spec.sortKeys.at(static_cast<std::size_t>(filter.sortColumn));
    const char* direction = filter.descending ? " DESC" : " ASC";
    // Empty values last whichever way the list is sorted; the id keeps equal keys in a stable order.
    sql += " ORDER BY (" + key + ") IS NULL, " + key + direction + ", " + spec.idColumn;
    if (filter.limit > 0)
        sql += " LIMIT " + std::to_string(filter.limit);
    SQLite::Statement query(db.sql(), sql);
    for (std::size_t i = 0; i < binds.size(); ++i)
        bindValue(query, static_cast<int>(i + 1), binds[i]);
    std::vector<std::string> ids;
    while (query.executeStep())
        ids.push_back(query.getColumn(0).getString());
    return ids;
}

void forEachRowIn(Database& db, const std::string& selectSql, const std::vector<std::string>& ids,
                  const std::function<void(SQLite::Statement&)>& read) {
    constexpr std::size_t kChunk = 200;
    for (std::size_t first = 0; first < ids.size(); first += kChunk) {
        std::size_t count = std::min(kChunk, ids.size() - first);
        std::string marks;
        for (std::size_t i = 0; i < count; ++i)
            marks += i == 0 ? "?" : ", ?";
        SQLite::Statement query(db.sql(), selectSql + marks + ")");
        for (std::size_t i = 0; i < count; ++i)
            query.bind(static_cast<int>(i + 1), ids[first + i]);
        while (query.executeStep())
            read(query);
    }
}

} // namespace clusterdesk
