#pragma once

#include "domain/date.h"
#include "domain/record.h"

#include <optional>
#include <string>

namespace clusterdesk {

// Expert days booked by one person for one cluster in one phase of the funnel (1, 2 or 3).
struct Effort : Record {
    std::string personId;
    std::string clusterId;
    int phase = 1;
    Date date;
    double days = 0;
    // The person's day rate when the days were booked: a later change of rate does not rewrite past costs.
    std::optional<double> dayRateEur;
    std::string note;

    double costEur() const { return days * dayRateEur.value_or(0.0); }
};

} // namespace clusterdesk
