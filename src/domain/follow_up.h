#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>

namespace clusterdesk {

enum class FollowUpStatus { Open, Done, Cancelled };
CLUSTERDESK_ENUM_NAMES(FollowUpStatus, {FollowUpStatus::Open, "open"}, {FollowUpStatus::Done, "done"},
                       {FollowUpStatus::Cancelled, "cancelled"});

// A task to hear back from a company; companies are reluctant to report, so each attempt is kept.
struct FollowUp : Record {
    std::string companyId;
    std::string clusterId;
    std::string recommendationId; // optional
    std::string visitId;          // optional
    std::string title;
    Date dueDate;
    std::string ownerId; // a staff person, optional
    FollowUpStatus status = FollowUpStatus::Open;
    std::optional<Date> completedOn;

    bool isOverdueOn(const Date& d) const { return status == FollowUpStatus::Open && dueDate < d; }
};

struct ContactAttempt : Record {
    std::string followUpId;
    Date date;
    std::string channel; // phone, email, visit, ...
    bool answered = false;
    std::string note;
};

// Check-ins after a visit: 3, 6 and 12 months later.
inline constexpr int kCheckInMonths[] = {3, 6, 12};

} // namespace clusterdesk
