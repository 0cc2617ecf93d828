#pragma once

#include "storage/table_schema.h"

#include <functional>
#include <string>
#include <vector>

namespace clusterdesk {

// How a domain struct T is stored: its TableSchema plus a getter and setter per column and the member
// holding each link set. Built once per type in mappings.cpp.
template <class T> struct EntityMapping {
    TableSchema schema;
    std::vector<std::function<Value(const T&)>> getters;
    std::vector<std::function<void(T&, const Value&)>> setters;
    std::vector<std::vector<std::string> T::*> linkMembers;

    RowData toRow(const T& record) const {
        RowData row;
        row.id = record.id;
        for (const auto& get : getters)
            row.values.push_back(get(record));
        for (auto member : linkMembers)
            row.links.push_back(record.*member);
        return row;
    }

    T fromRow(const RowData& row) const {
        T record;
        record.id = row.id;
        record.createdAt = row.createdAt;
        record.updatedAt = row.updatedAt;
        record.changedBy = row.changedBy;
        for (std::size_t i = 0; i < setters.size(); ++i)
            setters[i](record, row.values[i]);
        for (std::size_t i = 0; i < linkMembers.size(); ++i)
            record.*linkMembers[i] = row.links[i];
        return record;
    }
};

template <class T> class MappingBuilder {
public:
    MappingBuilder(std::string table, std::string label) {
        m_mapping.schema.table = std::move(table);
        m_mapping.schema.label = std::move(label);
    }

    template <class M> MappingBuilder& field(std::string column, M T::*member, std::string references = {}) {
        return custom(
            {std::move(column), std::move(references)},
            [member](const T& r) { return ValueTraits<M>::to(r.*member); },
            [member](T& r, const Value& v) { r.*member = ValueTraits<M>::from(v); });
    }

    MappingBuilder& custom(ColumnInfo info, std::function<Value(const T&)> get,
                           std::function<void(T&, const Value&)> set) {
        m_mapping.schema.columns.push_back(std::move(info));
        m_mapping.getters.push_back(std::move(get));
        m_mapping.setters.push_back(std::move(set));
        return *this;
    }

    MappingBuilder& link(LinkInfo info, std::vector<std::string> T::*member) {
        m_mapping.schema.links.push_back(std::move(info));
        m_mapping.linkMembers.push_back(member);
        return *this;
    }

    EntityMapping<T> build() { return std::move(m_mapping); }

private:
    EntityMapping<T> m_mapping;
};

// Specialised in mappings.cpp for every stored entity.
template <class T> const EntityMapping<T>& mappingOf();

} // namespace clusterdesk
