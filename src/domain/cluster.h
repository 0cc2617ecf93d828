#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>

namespace clusterdesk {

struct Cluster : Record {
    std::string name;
    std::string sector;
    std::string region;       // NUTS 2 code, e.g. RO42
    std::string organisation; // the cluster-management organisation
    std::optional<double> budgetDays;
    std::optional<double> budgetEur;
    std::string notes;
};

enum class LabelLevel { Bronze, Silver, Gold };
CLUSTERDESK_ENUM_NAMES(LabelLevel, {LabelLevel::Bronze, "bronze"}, {LabelLevel::Silver, "silver"},
                       {LabelLevel::Gold, "gold"});

// A cluster-management excellence label (ESCA/EUCLES); each level is valid two years.
struct ExcellenceLabel : Record {
    std::string clusterId;
    LabelLevel level = LabelLevel::Bronze;
    Date awarded;
    Date expires;

    static constexpr int kValidityYears = 2;
    bool isValidOn(const Date& d) const { return awarded <= d && d <= expires; }
};

} // namespace clusterdesk
