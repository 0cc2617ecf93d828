#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>

namespace clusterdesk {

struct PartnershipAgreement : Record {
    std::string clusterId;
    std::string title;
    std::string kind; // commercial, research, ...
    Date date;
    std::string parties;   // "; "-separated
    std::string countries; // ISO 3166 codes, "; "-separated, e.g. "RO; BG"
    std::string notes;
};

enum class FundingStatus { Submitted, Approved, Rejected };
CLUSTERDESK_ENUM_NAMES(FundingStatus, {FundingStatus::Submitted, "submitted"},
                       {FundingStatus::Approved, "approved"}, {FundingStatus::Rejected, "rejected"});

struct FundingApplication : Record {
    std::string clusterId;
    std::string companyId; // empty when the cluster itself applied
    std::string instrumentCode;
    std::string title;
    std::optional<double> amountEur;
    FundingStatus status = FundingStatus::Submitted;
    Date submittedOn;
    std::optional<Date> decidedOn;
};

struct Certification : Record {
    std::string clusterId;
    std::string companyId;
    std::string name; // e.g. ISO 9001, CE marking
    Date awardedOn;
};

} // namespace clusterdesk
