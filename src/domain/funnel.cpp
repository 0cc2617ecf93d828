#include "domain/funnel.h"

namespace clusterdesk {

FunnelStage funnelStage(const FunnelFacts& facts) {
    if (facts.supported)
        return FunnelStage::Enhanced;
    if (facts.visited)
        return FunnelStage::Visited;
    if (facts.attendedSeminar)
        return FunnelStage::Informed;
    return FunnelStage::None;
}

} // namespace clusterdesk
