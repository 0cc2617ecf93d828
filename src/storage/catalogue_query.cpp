#include "storage/catalogue_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

std::vector<CatalogueEntry> CatalogueQuery::pairs(const std::string& sql, const std::string& bind) const {
    SQLite::Statement query(m_db.sql(), sql);
    if (!bind.empty())
        query.bind(1, bind);
    std::vector<CatalogueEntry> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
    return out;
}

std::vector<CatalogueEntry> CatalogueQuery::regions() const {
    return pairs("SELECT code, name FROM nuts2_region ORDER BY code");
}

std::vector<CatalogueEntry> CatalogueQuery::auditKinds() const {
    return pairs("SELECT code, name FROM audit_kind ORDER BY phase, rowid");
}

std::vector<CatalogueEntry> CatalogueQuery::measureKinds() const {
    return pairs("SELECT code, name FROM measure_kind ORDER BY rowid");
}

std::vector<Instrument> CatalogueQuery::instruments() const {
    SQLite::Statement query(m_db.sql(), "SELECT code, name, kind, former_names, description, active "
                                        "FROM instrument ORDER BY active DESC, name COLLATE NOCASE");
    std::vector<Instrument> out;
    while (query.executeStep()) {
        Instrument i;
        i.code = query.getColumn(0).getString();
        i.name = query.getColumn(1).getString();
        i.kind = fromCode<InstrumentKind>(query.getColumn(2).getString()).value_or(InstrumentKind::Financial);
        i.formerNames = query.getColumn(3).getString();
        i.description = query.getColumn(4).getString();
        i.active = query.getColumn(5).getInt() != 0;
        out.push_back(std::move(i));
    }
    return out;
}

std::vector<CatalogueEntry> CatalogueQuery::clusters() const {
    return pairs("SELECT id, name FROM cluster WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE");
}

std::vector<CatalogueEntry> CatalogueQuery::staff() const {
    return pairs("SELECT id, name FROM person WHERE deleted_at IS NULL AND staff_role <> 'none' "
                 "ORDER BY name COLLATE NOCASE");
}

std::vector<CatalogueEntry> CatalogueQuery::peopleOf(const std::string& companyId) const {
    return pairs("SELECT id, name FROM person WHERE deleted_at IS NULL AND employer_company_id = ? "
                 "ORDER BY name COLLATE NOCASE",
                 companyId);
}

std::string CatalogueQuery::companyName(const std::string& id) const {
    auto found = pairs("SELECT id, name FROM company WHERE id = ?", id);
    return found.empty() ? std::string{} : found.front().name;
}

std::string CatalogueQuery::personName(const std::string& id) const {
    auto found = pairs("SELECT id, name FROM person WHERE id = ?", id);
    return found.empty() ? std::string{} : found.front().name;
}

} // namespace clusterdesk
