#pragma once

#include "domain/catalogue.h"

#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// The catalogues (regions, audit and measure kinds, instruments) for pick lists, and short id/name lists
// of the records other forms point to.
class CatalogueQuery {
public:
    explicit CatalogueQuery(Database& db)
        : m_db(db) {}

    std::vector<CatalogueEntry> regions() const; // NUTS 2: code, name
    std::vector<CatalogueEntry> auditKinds() const;
    std::vector<CatalogueEntry> measureKinds() const;
    std::vector<Instrument> instruments() const; // active first, then by name

    // id and name of live records, by name.
    std::vector<CatalogueEntry> clusters() const;
    std::vector<CatalogueEntry> staff() const; // people with a staff role
    std::vector<CatalogueEntry> peopleOf(const std::string& companyId) const;
    std::string companyName(const std::string& id) const; // "" when unknown
    std::string personName(const std::string& id) const;

private:
    std::vector<CatalogueEntry> pairs(const std::string& sql, const std::string& bind = {}) const;
    Database& m_db;
};

} // namespace clusterdesk
