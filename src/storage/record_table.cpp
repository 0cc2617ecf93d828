#include "storage/record_table.h"

#include "domain/error.h"
#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <set>

namespace clusterdesk {

namespace {
bool isCatalogue(const std::string& table) {
    static const std::set<std::string> catalogues{"nuts2_region", "nace_section", "audit_kind",
                                                  "measure_kind", "instrument"};
    return catalogues.contains(table);
}
} // namespace

int TableSchema::columnIndex(const std::string& name) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

std::string joinIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ";") + id;
    return out;
}

RecordTable::RecordTable(Database& db, const TableSchema& schema)
    : m_db(db)
    , m_schema(schema)
    , m_statements(db.sql()) {}

RecordTable::~RecordTable() = default;

std::string RecordTable::columnList() const {
    std::string list = "id, created_at, updated_at, changed_by, deleted_at";
    for (const auto& c : m_schema.columns)
        list += ", " + c.name;
    return list;
}

std::optional<RowData> RecordTable::find(const std::string& id, bool includeDeleted) const {
    auto rows = select("id = ?", {Value{id}}, {}, includeDeleted);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<RowData> RecordTable::select(const std::string& whereSql, const std::vector<Value>& binds,
                                         const std::string& orderBy, bool includeDeleted) const {
    std::string sql = "SELECT " + columnList() + " FROM " + m_schema.table;
    std::string condition = includeDeleted ? std::string{} : "deleted_at IS NULL";
    if (!whereSql.empty())
        condition += (condition.empty() ? "(" : " AND (") + whereSql + ")";
    if (!condition.empty())
        sql += " WHERE " + condition;
    if (!orderBy.empty())
        sql += " ORDER BY " + orderBy;
    auto query = use(sql);
    for (std::size_t i = 0; i < binds.size(); ++i)
        bindValue(*query, static_cast<int>(i + 1), binds[i]);
    std::vector<RowData> rows;
    while (query->executeStep()) {
        RowData row;
        row.id = query->getColumn(0).getString();
        row.createdAt = query->getColumn(1).getString();
        row.updatedAt = query->getColumn(2).getString();
        row.changedBy = query->getColumn(3).getString();
        row.deletedAt = query->getColumn(4).getString();
        for (std::size_t c = 0; c < m_schema.columns.size(); ++c)
            row.values.push_back(readValue(query->getColumn(static_cast<int>(c + 5))));
        rows.push_back(std::move(row));
    }
    for (auto& row : rows)
        for (std::size_t l = 0; l < m_schema.links.size(); ++l)
            row.links.push_back(readLinks(row.id, l));
    return rows;
}

bool RecordTable::referenceExists(const std::string& table, const std::string& key) const {
    std::string sql = isCatalogue(table) ? "SELECT 1 FROM " + table + " WHERE code = ?"
                                         : "SELECT 1 FROM " + table + " WHERE id = ? AND deleted_at IS NULL";
    auto query = use(sql);
    query->bind(1, key);
    return query->executeStep();
}

void RecordTable::checkReferences(const RowData& row) const {
    std::vector<FieldError> errors;
    for (std::size_t c = 0; c < m_schema.columns.size(); ++c) {
        const auto& column = m_schema.columns[c];
        auto text = valueText(row.values[c]);
        if (column.references.empty() || !text)
            continue;
        if (!referenceExists(column.references, *text))
            errors.push_back({column.name, "there is no " + column.references + " '" + *text + "'"});
    }
    for (std::size_t l = 0; l < m_schema.links.size(); ++l)
        for (const auto& member : row.links[l])
            if (!referenceExists(m_schema.links[l].references, member))
                errors.push_back({m_schema.links[l].field,
                                  "there is no " + m_schema.links[l].references + " '" + member + "'"});
    if (!errors.empty())
        throw ValidationError(std::move(errors));
}

void RecordTable::checkUnique(const RowData& row) const {
    for (std::size_t c = 0; c < m_schema.columns.size(); ++c) {
        const auto& column = m_schema.columns[c];
        if (!column.unique || !valueText(row.values[c]))
            continue;
        auto query = use("SELECT 1 FROM " + m_schema.table + " WHERE " + column.name +
                         " = ? AND id <> ? AND deleted_at IS NULL");
        bindValue(*query, 1, row.values[c]);
        query->bind(2, row.id);
        if (query->executeStep())
            throw ValidationError(column.name, "another " + m_schema.label + " already has " + column.name +
                                                   " " + *valueText(row.values[c]));
    }
}

std::vector<std::string> RecordTable::readLinks(const std::string& id, std::size_t link) const {
    const auto& info = m_schema.links[link];
    auto query = use("SELECT " + info.memberColumn + " FROM " + info.table + " WHERE " + info.ownerColumn +
                     " = ? ORDER BY " + info.memberColumn);
    query->bind(1, id);
    std::vector<std::string> members;
    while (query->executeStep())
        members.push_back(query->getColumn(0).getString());
    return members;
}

void RecordTable::writeLinks(const std::string& id, std::size_t link,
                             const std::vector<std::string>& members) {
    const auto& info = m_schema.links[link];
    {
        auto clear = use("DELETE FROM " + info.table + " WHERE " + info.ownerColumn + " = ?");
        clear->bind(1, id);
        clear->exec();
    }
    auto insert = use("INSERT OR IGNORE INTO " + info.table + " (" + info.ownerColumn + ", " +
                      info.memberColumn + ") VALUES (?, ?)");
    for (const auto& member : members) {
        insert->bind(1, id);
        insert->bind(2, member);
        insert->exec();
        insert->reset();
    }
}

void RecordTable::log(const std::string& id, const std::string& field,
                      const std::optional<std::string>& oldValue,
                      const std::optional<std::string>& newValue) {
    auto insert = use("INSERT INTO change_log (entity, record_id, field, old_value, new_value, changed_at, "
                      "changed_by, replica_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, m_schema.table);
    insert->bind(2, id);
    insert->bind(3, field);
    oldValue ? insert->bind(4, *oldValue) : insert->bind(4);
    newValue ? insert->bind(5, *newValue) : insert->bind(5);
    insert->bind(6, m_db.now());
    insert->bind(7, m_db.actor());
    insert->bind(8, m_db.replicaId());
    insert->exec();
}

void RecordTable::insert(RowData& row) {
    row.values.resize(m_schema.columns.size());
    row.links.resize(m_schema.links.size());
    for (auto& members : row.links) {
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
    }
    if (row.id.empty())
        row.id = newUuid();
    else if (find(row.id, true))
        throw ValidationError("id", "a " + m_schema.label + " with id " + row.id + " already exists");
    checkReferences(row);
    checkUnique(row);

    WriteTransaction tx(m_db);
    row.createdAt = row.updatedAt = m_db.now();
    row.changedBy = m_db.actor();
    row.deletedAt.clear();
    std::string marks = "?, ?, ?, ?, NULL";
    for (std::size_t i = 0; i < m_schema.columns.size(); ++i)
        marks += ", ?";
    SQLite::Statement insert(m_db.sql(), "INSERT INTO " + m_schema.table + " (" + columnList() +
                                             ") VALUES (" + marks + ")");
    insert.bind(1, row.id);
    insert.bind(2, row.createdAt);
    insert.bind(3, row.updatedAt);
    insert.bind(4, row.changedBy);
    for (std::size_t c = 0; c < row.values.size(); ++c)
        bindValue(insert, static_cast<int>(c + 5), row.values[c]);
    insert.exec();
    for (std::size_t c = 0; c < row.values.size(); ++c)
        if (!m_schema.columns[c].derived && valueText(row.values[c]))
            log(row.id, m_schema.columns[c].name, std::nullopt, valueText(row.values[c]));
    for (std::size_t l = 0; l < m_schema.links.size(); ++l) {
        writeLinks(row.id, l, row.links[l]);
        if (!row.links[l].empty())
            log(row.id, m_schema.links[l].field, std::nullopt, joinIds(row.links[l]));
    }
    tx.commit();
}

bool RecordTable::update(RowData& row) {
    auto stored = find(row.id);
    if (!stored)
        throw NotFoundError("there is no " + m_schema.label + " with id " + row.id + " (was it deleted?)");
    row.values.resize(m_schema.columns.size());
    row.links.resize(m_schema.links.size());
    for (auto& members : row.links) {
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
    }
    std::vector<std::size_t> changed;
    for (std::size_t c = 0; c < row.values.size(); ++c)
        if (!sameValue(row.values[c], stored->values[c]))
            changed.push_back(c);
    std::vector<std::size_t> changedLinks;
    for (std::size_t l = 0; l < row.links.size(); ++l)
        if (row.links[l] != stored->links[l])
            changedLinks.push_back(l);
    if (changed.empty() && changedLinks.empty()) {
        row = *stored;
        return false;
    }
    checkReferences(row);
    checkUnique(row);

    WriteTransaction tx(m_db);
    row.createdAt = stored->createdAt;
    row.updatedAt = m_db.now();
    row.changedBy = m_db.actor();
    std::string sets = "updated_at = ?, changed_by = ?";
    for (auto c : changed)
        sets += ", " + m_schema.columns[c].name + " = ?";
    SQLite::Statement update(m_db.sql(), "UPDATE " + m_schema.table + " SET " + sets + " WHERE id = ?");
    int index = 1;
    update.bind(index++, row.updatedAt);
    update.bind(index++, row.changedBy);
    for (auto c : changed)
        bindValue(update, index++, row.values[c]);
    update.bind(index, row.id);
    update.exec();
    for (auto c : changed)
        if (!m_schema.columns[c].derived)
            log(row.id, m_schema.columns[c].name, valueText(stored->values[c]), valueText(row.values[c]));
    for (auto l : changedLinks) {
        writeLinks(row.id, l, row.links[l]);
        log(row.id, m_schema.links[l].field, joinIds(stored->links[l]), joinIds(row.links[l]));
    }
    tx.commit();
    return true;
}

void RecordTable::remove(const std::string& id) {
    if (!find(id))
        throw NotFoundError("there is no " + m_schema.label + " with id " + id +
                            " (was it deleted already?)");
    WriteTransaction tx(m_db);
    std::string now = m_db.now();
    SQLite::Statement update(m_db.sql(),
                             "UPDATE " + m_schema.table +
                                 " SET deleted_at = ?, updated_at = ?, changed_by = ? WHERE id = ?");
    update.bind(1, now);
    update.bind(2, now);
    update.bind(3, m_db.actor());
    update.bind(4, id);
    update.exec();
    log(id, "deleted_at", std::nullopt, now);
    tx.commit();
}

void RecordTable::restore(const std::string& id) {
    auto row = find(id, true);
    if (!row || row->deletedAt.empty())
        throw NotFoundError("there is no deleted " + m_schema.label + " with id " + id);
    checkReferences(*row);
    checkUnique(*row);
    WriteTransaction tx(m_db);
    SQLite::Statement update(m_db.sql(),
                             "UPDATE " + m_schema.table +
                                 " SET deleted_at = NULL, updated_at = ?, changed_by = ? WHERE id = ?");
    update.bind(1, m_db.now());
    update.bind(2, m_db.actor());
    update.bind(3, id);
    update.exec();
    log(id, "deleted_at", row->deletedAt, std::nullopt);
    tx.commit();
}

void RecordTable::storeExact(const RowData& row) {
    WriteTransaction tx(m_db);
    std::string marks = "?, ?, ?, ?, ?";
    std::string updates = "created_at = excluded.created_at, updated_at = excluded.updated_at, "
                          "changed_by = excluded.changed_by, deleted_at = excluded.deleted_at";
    for (const auto& c : m_schema.columns) {
        marks += ", ?";
        updates += ", " + c.name + " = excluded." + c.name;
    }
    auto upsert = use("INSERT INTO " + m_schema.table + " (" + columnList() + ") VALUES (" + marks +
                      ") ON CONFLICT(id) DO UPDATE SET " + updates);
    upsert->bind(1, row.id);
    upsert->bind(2, row.createdAt);
    upsert->bind(3, row.updatedAt);
    upsert->bind(4, row.changedBy);
    row.deletedAt.empty() ? upsert->bind(5) : upsert->bind(5, row.deletedAt);
    for (std::size_t c = 0; c < m_schema.columns.size(); ++c)
        bindValue(*upsert, static_cast<int>(c + 6), c < row.values.size() ? row.values[c] : Value{});
    upsert->exec();
    for (std::size_t l = 0; l < m_schema.links.size(); ++l)
        writeLinks(row.id, l, l < row.links.size() ? row.links[l] : std::vector<std::string>{});
    tx.commit();
}

void RecordTable::logChange(const std::string& id, const std::string& field,
                            const std::optional<std::string>& oldValue,
                            const std::optional<std::string>& newValue, const ChangeOrigin& origin) {
    auto insert = use("INSERT INTO change_log (entity, record_id, field, old_value, new_value, changed_at, "
                      "changed_by, replica_id, origin_seq, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, m_schema.table);
    insert->bind(2, id);
    insert->bind(3, field);
    oldValue ? insert->bind(4, *oldValue) : insert->bind(4);
    newValue ? insert->bind(5, *newValue) : insert->bind(5);
    insert->bind(6, origin.changedAt);
    insert->bind(7, origin.changedBy);
    insert->bind(8, origin.replicaId);
    origin.originSeq ? insert->bind(9, static_cast<int64_t>(*origin.originSeq)) : insert->bind(9);
    insert->bind(10, origin.parents);
    insert->exec();
}

} // namespace clusterdesk
