#pragma once

#include "storage/value.h"

#include <string>
#include <vector>

namespace clusterdesk {

struct ColumnInfo {
    std::string name;
    std::string references; // table whose id (or catalogue code) this column holds, or ""
    bool derived = false;   // computed from other fields: stored for queries, never logged
    bool unique = false;    // unique among live records when not NULL
};

// A set of ids kept in a link table (seminar_cluster, visit_staff, ...). It belongs to its owner: it is
// rewritten with it and logged as one field of the owner.
struct LinkInfo {
    std::string field; // e.g. "cluster_ids"
    std::string table;
    std::string ownerColumn;
    std::string memberColumn;
    std::string references;
};

struct TableSchema {
    std::string table;
    std::string label; // what users call one record, for messages: "company"
    std::vector<ColumnInfo> columns;
    std::vector<LinkInfo> links;

    int columnIndex(const std::string& name) const;
};

// One record as stored: the common columns, then values in the order of TableSchema::columns and link
// sets in the order of TableSchema::links.
struct RowData {
    std::string id;
    std::string createdAt;
    std::string updatedAt;
    std::string changedBy;
    std::string deletedAt;
    std::vector<Value> values;
    std::vector<std::vector<std::string>> links;
};

} // namespace clusterdesk
