#pragma once

#include "storage/value.h"

#include <functional>
#include <string>
#include <vector>

namespace SQLite {
class Statement;
}

namespace clusterdesk {

class Database;

// What a list screen asks for: the records matching a search and a cluster, in one order. The lists hold
// only the ids (cheap even for 100,000 records) and read the rows they show in pages.
struct ListFilter {
    std::string search;    // every word must occur in one of the searchable columns (case-insensitive)
    std::string clusterId; // only records that belong to this cluster; empty for all
    bool includeDeleted = false;
    int sortColumn = 0; // a value of the query's Column enum
    bool descending = false;
    int limit = 0; // 0: no limit
};

// The SQL of one list: which table, which columns a search looks in, what "in this cluster" means and how
// each column sorts. Query classes fill one in and let selectIds() do the rest.
struct ListSpec {
    std::string idColumn;      // "c.id"
    std::string from;          // "company c"
    std::string deletedColumn; // "c.deleted_at"
    std::vector<std::string> searchColumns;
    // Each ? is the cluster id. Prefer "x IN (SELECT ...)" to a correlated EXISTS: SQLite computes the list
    // once instead of once per row.
    std::string clusterCondition;
    std::vector<std::string> sortKeys; // indexed by the query's Column enum
    std::string condition;             // an extra fixed condition, or ""
    std::vector<Value> conditionBinds;
};

std::vector<std::string> selectIds(Database& db, const ListSpec& spec, const ListFilter& filter);

// Runs selectSql, which must end in "IN (" , for the given ids in chunks (SQLite limits bound values), and
// calls read for each result row.
void forEachRowIn(Database& db, const std::string& selectSql, const std::vector<std::string>& ids,
                  const std::function<void(SQLite::Statement&)>& read);

// A LIKE pattern that matches text anywhere, with % and _ taken literally (ESCAPE '\').
std::string containsPattern(const std::string& text);

} // namespace clusterdesk
