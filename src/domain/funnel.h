#pragma once

#include "domain/enum_names.h"

namespace clusterdesk {

// Where a company stands in a cluster's funnel. Derived from its records, never typed in: the furthest
// phase reached counts, so a company visited without attending a seminar is still "visited".
enum class FunnelStage { None, Informed, Visited, Enhanced };
CLUSTERDESK_ENUM_NAMES(FunnelStage, {FunnelStage::None, "none"}, {FunnelStage::Informed, "informed"},
                       {FunnelStage::Visited, "visited"}, {FunnelStage::Enhanced, "enhanced"});

struct FunnelFacts {
    bool attendedSeminar = false; // attended (not merely registered) a seminar of the cluster
    bool visited = false;         // had a visit for the cluster
    bool supported = false;       // is among the companies of a support measure of the cluster
};

FunnelStage funnelStage(const FunnelFacts& facts);

} // namespace clusterdesk
