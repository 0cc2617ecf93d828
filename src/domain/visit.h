#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// Audit kinds are catalogue codes (resources/catalogues/audit-kinds.csv); these are the ones reports name.
namespace audit_kind {
inline constexpr const char* kNone = "none";
inline constexpr const char* kTechnologyAudit = "technology_audit";
inline constexpr const char* kBusinessReview = "business_review";
inline constexpr const char* kInnovationAudit = "innovation_audit";
inline constexpr const char* kEcoInnovationAudit = "eco_innovation_audit";
} // namespace audit_kind

// Phase 2 of the funnel: the cluster manager and a consultant visit a company.
struct Visit : Record {
    std::string companyId;
    std::string clusterId;
    Date date;
    std::string auditKind = audit_kind::kBusinessReview;
    std::string findings;
    std::vector<std::string> staffIds; // people who went
};

enum class Priority { High, Medium, Low };
CLUSTERDESK_ENUM_NAMES(Priority, {Priority::High, "high"}, {Priority::Medium, "medium"},
                       {Priority::Low, "low"});

enum class RecommendationStatus { Proposed, Accepted, InProgress, Done, Declined };
CLUSTERDESK_ENUM_NAMES(RecommendationStatus, {RecommendationStatus::Proposed, "proposed"},
                       {RecommendationStatus::Accepted, "accepted"},
                       {RecommendationStatus::InProgress, "in_progress"},
                       {RecommendationStatus::Done, "done"}, {RecommendationStatus::Declined, "declined"});

struct Recommendation : Record {
    std::string visitId;
    std::string text;
    std::string instrumentCode; // catalogue code of a financial instrument or non-financial service
    Priority priority = Priority::Medium;
    RecommendationStatus status = RecommendationStatus::Proposed;
    std::optional<Date> dueDate;
};

} // namespace clusterdesk
