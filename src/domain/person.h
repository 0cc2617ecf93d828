#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>

namespace clusterdesk {

enum class EmployerKind { None, Company, Cluster, Consultancy };
CLUSTERDESK_ENUM_NAMES(EmployerKind, {EmployerKind::None, "none"}, {EmployerKind::Company, "company"},
                       {EmployerKind::Cluster, "cluster"}, {EmployerKind::Consultancy, "consultancy"});

// Staff are the people who deliver the support and book expert days.
enum class StaffRole { None, ClusterManager, Consultant };
CLUSTERDESK_ENUM_NAMES(StaffRole, {StaffRole::None, "none"}, {StaffRole::ClusterManager, "cluster_manager"},
                       {StaffRole::Consultant, "consultant"});

struct Person : Record {
    std::string name;
    std::string email;
    std::string phone;
    std::string jobTitle;
    EmployerKind employerKind = EmployerKind::None;
    std::string employerCompanyId; // when employerKind is Company
    std::string employerClusterId; // when employerKind is Cluster
    std::string employerName;      // a consultancy or other organisation by name
    StaffRole staffRole = StaffRole::None;
    std::optional<double> dayRateEur;
    // Consent for keeping personal data (GDPR): when, for what, and how it was obtained.
    std::optional<Date> consentGivenOn;
    std::string consentPurpose;
    std::string consentSource;

    bool isStaff() const { return staffRole != StaffRole::None; }
};

} // namespace clusterdesk
