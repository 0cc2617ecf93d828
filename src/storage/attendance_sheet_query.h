#pragma once

#include "domain/seminar.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// One line of a seminar's attendance sheet: a company (personId empty) or one of its people, with the
// attendance record when there is one.
struct AttendanceLine {
    std::string companyId;
    std::string companyName;
    std::string personId;
    std::string personName;
    std::string attendanceId;               // "" when nobody registered or ticked this line yet
    std::optional<AttendanceStatus> status; // nullopt without a record
    bool member = false;                    // a member of one of the organising clusters
};

struct AttendanceCounts {
    int companies = 0;  // distinct companies with anyone attended
    int people = 0;     // distinct people attended
    int registered = 0; // lines registered but not (yet) marked attended
};

// Who could come to a seminar and who came: the member companies of its organising clusters with their
// people, and everyone recorded for it (walk-ins), company by company in name order.
class AttendanceSheetQuery {
public:
    explicit AttendanceSheetQuery(Database& db)
        : m_db(db) {}

    std::vector<AttendanceLine> lines(const std::string& seminarId) const;
    static AttendanceCounts count(const std::vector<AttendanceLine>& lines);

private:
    Database& m_db;
};

} // namespace clusterdesk
