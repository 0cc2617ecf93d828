#pragma once

#include "domain/date.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// An excellence label that runs out soon: a reminder to book the next assessment.
struct ExpiringLabel {
    std::string clusterId;
    std::string cluster;
    std::string level;
    std::string expires;
};

// The dashboard's figures that are not part of the output summary (computeOutputSummary).
class DashboardQuery {
public:
    explicit DashboardQuery(Database& db)
        : m_db(db) {}

    // The labels of live clusters (or the one given) expiring from..to, soonest first. A label that a
    // newer one of the same cluster already replaces is left out.
    std::vector<ExpiringLabel> labelsExpiring(const Date& from, const Date& to,
                                              const std::string& clusterId) const;
    // The newest day anything happened (seminar, visit, support, effort), not after today: the dashboard
    // opens on that quarter, so a database of past years does not open on an empty one.
    std::optional<Date> latestActivity(const Date& today) const;
    std::optional<Date> earliestActivity() const;

private:
    Database& m_db;
};

} // namespace clusterdesk
