#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// Phase 1 of the funnel: an information seminar.
struct Seminar : Record {
    std::string title;
    Date date;
    std::string place;
    std::string topics;
    std::string presenters;
    std::string notes;
    std::vector<std::string> clusterIds; // organising clusters
};

enum class AttendanceStatus { Registered, Attended, NoShow };
CLUSTERDESK_ENUM_NAMES(AttendanceStatus, {AttendanceStatus::Registered, "registered"},
                       {AttendanceStatus::Attended, "attended"}, {AttendanceStatus::NoShow, "no_show"});

// One company at a seminar, through one of its people or (personId empty) as a company only.
struct Attendance : Record {
    std::string seminarId;
    std::string companyId;
    std::string personId;
    AttendanceStatus status = AttendanceStatus::Registered;
};

} // namespace clusterdesk
