#include "exchange/entity_registry.h"

#include "storage/audit_mappings.h"
#include "storage/database.h"
#include "storage/mappings.h"
#include "storage/record_table.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <charconv>

namespace clusterdesk {

namespace {
template <class T> EntityKind kindOf(std::string localOnly = {}) {
    const auto& mapping = mappingOf<T>();
    return {&mapping.schema,
            [&mapping](RowData& row) {
                // Only the derived columns are taken from the round trip: the others stay exactly as
                // merged, even where the typed struct would normalise them.
                RowData fresh = mapping.toRow(mapping.fromRow(row));
                for (std::size_t c = 0; c < mapping.schema.columns.size(); ++c)
                    if (mapping.schema.columns[c].derived)
                        row.values[c] = fresh.values[c];
            },
            std::move(localOnly)};
}

std::optional<std::int64_t> parseInteger(const std::string& text) {
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<double> parseReal(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    std::size_t used = 0;
    try {
        double value = std::stod(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}
} // namespace

const std::vector<EntityKind>& entityKinds() {
    // Parents before the records that refer to them, so a listing reads top-down.
    static const std::vector<EntityKind> all = {
        kindOf<Cluster>(),
        kindOf<ExcellenceLabel>(),
        kindOf<Company>(),
        kindOf<Membership>(),
        kindOf<Person>(),
        kindOf<Seminar>(),
        kindOf<Attendance>(),
        kindOf<Visit>(),
        kindOf<Recommendation>(),
        kindOf<SupportMeasure>(),
        kindOf<Effort>(),
        kindOf<PartnershipAgreement>(),
        kindOf<FundingApplication>(),
        kindOf<Certification>(),
        kindOf<FollowUp>(),
        kindOf<ContactAttempt>(),
        // Audit forms: only the templates users imported travel; audits name a template by id@version.
        kindOf<StoredTemplate>("origin = 'bundled'"),
        kindOf<Audit>(),
        kindOf<AuditAnswer>(),
        kindOf<AuditSectionNote>(),
    };
    return all;
}

std::string travellingRows(const EntityKind& kind) {
    return kind.localOnly.empty() ? std::string("1") : "NOT (" + kind.localOnly + ")";
}

bool isLocalOnly(Database& db, const EntityKind& kind, const std::string& id) {
    if (kind.localOnly.empty())
        return false;
    SQLite::Statement query(db.sql(), "SELECT 1 FROM " + kind.schema->table + " WHERE id = ? AND (" +
                                          kind.localOnly + ")");
    query.bind(1, id);
    return query.executeStep();
}

const EntityKind* findEntityKind(const std::string& table) {
    for (const auto& kind : entityKinds())
        if (kind.schema->table == table)
            return &kind;
    return nullptr;
}

std::vector<std::string> exchangedFields(const TableSchema& schema) {
    std::vector<std::string> fields;
    for (const auto& column : schema.columns)
        if (!column.derived)
            fields.push_back(column.name);
    for (const auto& link : schema.links)
        fields.push_back(link.field);
    fields.push_back(kDeletedField);
    return fields;
}

bool isExchangedField(const TableSchema& schema, const std::string& field) {
    auto fields = exchangedFields(schema);
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

std::string fieldReference(const TableSchema& schema, const std::string& field) {
    int c = schema.columnIndex(field);
    if (c >= 0)
        return schema.columns[static_cast<std::size_t>(c)].references;
    for (const auto& link : schema.links)
        if (link.field == field)
            return link.references;
    return {};
}

bool isLinkField(const TableSchema& schema, const std::string& field) {
    return std::any_of(schema.links.begin(), schema.links.end(),
                       [&](const LinkInfo& link) { return link.field == field; });
}

std::optional<std::string> fieldText(const TableSchema& schema, const RowData& row,
                                     const std::string& field) {
    if (field == kDeletedField)
        return row.deletedAt.empty() ? std::nullopt : std::optional<std::string>(row.deletedAt);
    int c = schema.columnIndex(field);
    if (c >= 0)
        return valueText(row.values.at(static_cast<std::size_t>(c)));
    for (std::size_t l = 0; l < schema.links.size(); ++l)
        if (schema.links[l].field == field) {
            std::string joined = joinIds(row.links.at(l));
            return joined.empty() ? std::nullopt : std::optional<std::string>(joined);
        }
    return std::nullopt;
}

std::vector<std::string> splitIds(const std::string& joined) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find(';', start);
        if (end == std::string::npos)
            end = joined.size();
        if (end > start)
            ids.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

FieldWriter::FieldWriter(Database& db, const TableSchema& schema)
    : m_schema(schema)
    , m_types(schema.columns.size()) {
    SQLite::Statement info(db.sql(), "SELECT name, upper(type) FROM pragma_table_info(?)");
    info.bind(1, schema.table);
    while (info.executeStep()) {
        int c = schema.columnIndex(info.getColumn(0).getString());
        if (c >= 0)
            m_types[static_cast<std::size_t>(c)] = info.getColumn(1).getString();
    }
}

void FieldWriter::set(RowData& row, const std::string& field, const std::optional<std::string>& text) const {
    row.values.resize(m_schema.columns.size());
    row.links.resize(m_schema.links.size());
    if (field == kDeletedField) {
        row.deletedAt = text.value_or(std::string{});
        return;
    }
    int c = m_schema.columnIndex(field);
    if (c >= 0) {
        auto index = static_cast<std::size_t>(c);
        Value value;
        if (text) {
            value = *text;
            // Typed as SQLite's column affinity would store it, so comparisons and derived columns see
            // numbers as numbers.
            if (m_types[index].find("INT") != std::string::npos) {
                if (auto i = parseInteger(*text))
                    value = *i;
            } else if (m_types[index].find("REAL") != std::string::npos) {
                if (auto d = parseReal(*text))
                    value = *d;
            }
        }
        row.values[index] = value;
        return;
    }
    for (std::size_t l = 0; l < m_schema.links.size(); ++l)
        if (m_schema.links[l].field == field)
            row.links[l] = splitIds(text.value_or(std::string{}));
}

std::string describeRecord(const TableSchema& schema, const RowData& row) {
    for (const char* column : {"name", "title", "text", "question_id"}) {
        int c = schema.columnIndex(column);
        if (c >= 0)
            if (auto text = valueText(row.values.at(static_cast<std::size_t>(c))))
                return schema.label + " '" + *text + "'";
    }
    return schema.label + " " + row.id;
}

} // namespace clusterdesk
