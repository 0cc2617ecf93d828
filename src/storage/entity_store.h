#pragma once

#include "domain/error.h"
#include "domain/validation.h"
#include "storage/mappings.h"
#include "storage/record_table.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// Typed access to the records of one entity: validates with the domain's rules, then stores through
// RecordTable (references, uniqueness, tombstones, change log).
template <class T> class EntityStore {
public:
    explicit EntityStore(Database& db)
        : m_mapping(mappingOf<T>())
        , m_table(db, m_mapping.schema) {}

    std::optional<T> find(const std::string& id) const {
        auto row = m_table.find(id);
        return row ? std::optional<T>(m_mapping.fromRow(*row)) : std::nullopt;
    }

    T get(const std::string& id) const {
        if (auto record = find(id))
            return *record;
        throw NotFoundError("there is no " + m_mapping.schema.label + " with id " + id);
    }

    std::vector<T> where(const std::string& whereSql = {}, const std::vector<Value>& binds = {},
                         const std::string& orderBy = {}) const {
        std::vector<T> records;
        for (const auto& row : m_table.select(whereSql, binds, orderBy))
            records.push_back(m_mapping.fromRow(row));
        return records;
    }

    std::vector<T> all(const std::string& orderBy = {}) const { return where({}, {}, orderBy); }

    // Returns the stored record, with its new id and timestamps.
    T insert(T record) {
        ensureValid(record);
        RowData row = m_mapping.toRow(record);
        m_table.insert(row);
        return m_mapping.fromRow(row);
    }

    // Returns false when nothing changed.
    bool update(const T& record) {
        ensureValid(record);
        RowData row = m_mapping.toRow(record);
        return m_table.update(row);
    }

    void remove(const std::string& id) { m_table.remove(id); }
    void restore(const std::string& id) { m_table.restore(id); }

    const TableSchema& schema() const { return m_mapping.schema; }
    RecordTable& table() { return m_table; }

private:
    const EntityMapping<T>& m_mapping;
    RecordTable m_table;
};

} // namespace clusterdesk
