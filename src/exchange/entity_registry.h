#pragma once

#include "storage/table_schema.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// Every stored entity as the exchange sees it: its schema, and how to recompute its derived columns
// after fields were merged one by one.
struct EntityKind {
    const TableSchema* schema = nullptr;
    std::function<void(RowData&)> rederive;
    // SQL condition (on the entity's table) of rows that stay in their database and never travel: the
    // bundled audit templates, which the same migration seeds with the same ids on every replica, so a
    // reference to one is satisfied locally. Empty when every row travels.
    std::string localOnly;
};

const std::vector<EntityKind>& entityKinds();
const EntityKind* findEntityKind(const std::string& table);

// The SQL condition selecting the rows of a kind that travel ("1" when all do).
std::string travellingRows(const EntityKind& kind);
bool isLocalOnly(Database& db, const EntityKind& kind, const std::string& id);

inline constexpr const char* kDeletedField = "deleted_at";

// The fields a package carries for a record: the columns that are not derived, the link sets, and the
// tombstone "deleted_at", in schema order.
std::vector<std::string> exchangedFields(const TableSchema& schema);
bool isExchangedField(const TableSchema& schema, const std::string& field);
// The table a field refers to ("" when none); catalogue tables are those that are not entities.
std::string fieldReference(const TableSchema& schema, const std::string& field);
bool isLinkField(const TableSchema& schema, const std::string& field);

// A field's value in the text form the change log keeps; nullopt for NULL or an empty link set.
std::optional<std::string> fieldText(const TableSchema& schema, const RowData& row, const std::string& field);
std::vector<std::string> splitIds(const std::string& joined);

// Sets a field from its text form, typed as the table's column is declared (so the derived columns can
// be computed from it).
class FieldWriter {
public:
    FieldWriter(Database& db, const TableSchema& schema);
    void set(RowData& row, const std::string& field, const std::optional<std::string>& text) const;

private:
    const TableSchema& m_schema;
    std::vector<std::string> m_types; // declared type of each column
};

// A short human description of a record for lists: "company 'Tesatoria SRL'" or "visit 1f3c...".
std::string describeRecord(const TableSchema& schema, const RowData& row);

} // namespace clusterdesk
