#include "storage/repository.h"

namespace clusterdesk {

Repository::Repository(Database& db)
    : m_db(db)
    , m_clusters(db)
    , m_labels(db)
    , m_companies(db)
    , m_memberships(db)
    , m_people(db)
    , m_seminars(db)
    , m_attendance(db)
    , m_visits(db)
    , m_recommendations(db)
    , m_measures(db)
    , m_effort(db)
    , m_agreements(db)
    , m_funding(db)
    , m_certifications(db)
    , m_followUps(db)
    , m_contactAttempts(db) {}

std::optional<Cluster> Repository::clusterByName(const std::string& name) {
    auto found = m_clusters.where("name = ? COLLATE NOCASE", {Value{name}});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::optional<Company> Repository::companyByFiscalCode(const FiscalCode& code) {
    auto found = m_companies.where("fiscal_code = ?", {Value{code.digits}});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace clusterdesk
