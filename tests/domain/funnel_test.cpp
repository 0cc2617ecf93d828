#include "domain/funnel.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("the funnel stage is the furthest phase a company reached", "[funnel]") {
    CHECK(funnelStage({}) == FunnelStage::None);
    CHECK(funnelStage({true, false, false}) == FunnelStage::Informed);
    CHECK(funnelStage({true, true, false}) == FunnelStage::Visited);
    CHECK(funnelStage({false, true, false}) == FunnelStage::Visited);
    CHECK(funnelStage({true, true, true}) == FunnelStage::Enhanced);
    CHECK(funnelStage({false, false, true}) == FunnelStage::Enhanced);
    CHECK(toCode(FunnelStage::Visited) == "visited");
}
