#pragma once

#include "storage/database.h"
#include "storage/entity_store.h"

namespace clusterdesk {

// The stores of every entity of one database, for the CLI and the desktop app. Each call is one
// transaction; wrap several in a WriteTransaction to make them one user action.
class Repository {
public:
    explicit Repository(Database& db);

    Database& database() { return m_db; }

    EntityStore<Cluster>& clusters() { return m_clusters; }
    EntityStore<ExcellenceLabel>& labels() { return m_labels; }
    EntityStore<Company>& companies() { return m_companies; }
    EntityStore<Membership>& memberships() { return m_memberships; }
    EntityStore<Person>& people() { return m_people; }
    EntityStore<Seminar>& seminars() { return m_seminars; }
    EntityStore<Attendance>& attendance() { return m_attendance; }
    EntityStore<Visit>& visits() { return m_visits; }
    EntityStore<Recommendation>& recommendations() { return m_recommendations; }
    EntityStore<SupportMeasure>& measures() { return m_measures; }
    EntityStore<Effort>& effort() { return m_effort; }
    EntityStore<PartnershipAgreement>& agreements() { return m_agreements; }
    EntityStore<FundingApplication>& fundingApplications() { return m_funding; }
    EntityStore<Certification>& certifications() { return m_certifications; }
    EntityStore<FollowUp>& followUps() { return m_followUps; }
    EntityStore<ContactAttempt>& contactAttempts() { return m_contactAttempts; }

    // Convenience lookups used by several front-end screens and commands.
    std::optional<Cluster> clusterByName(const std::string& name);
    std::optional<Company> companyByFiscalCode(const FiscalCode& code);

private:
    Database& m_db;
    EntityStore<Cluster> m_clusters;
    EntityStore<ExcellenceLabel> m_labels;
    EntityStore<Company> m_companies;
    EntityStore<Membership> m_memberships;
    EntityStore<Person> m_people;
    EntityStore<Seminar> m_seminars;
    EntityStore<Attendance> m_attendance;
    EntityStore<Visit> m_visits;
    EntityStore<Recommendation> m_recommendations;
    EntityStore<SupportMeasure> m_measures;
    EntityStore<Effort> m_effort;
    EntityStore<PartnershipAgreement> m_agreements;
    EntityStore<FundingApplication> m_funding;
    EntityStore<Certification> m_certifications;
    EntityStore<FollowUp> m_followUps;
    EntityStore<ContactAttempt> m_contactAttempts;
};

} // namespace clusterdesk
