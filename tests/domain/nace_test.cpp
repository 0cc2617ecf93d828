#include "domain/nace.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("NACE codes are accepted with or without the dot", "[nace]") {
    CHECK(normaliseNaceCode("28.30") == "28.30");
    CHECK(normaliseNaceCode("2830") == "28.30");
    CHECK(normaliseNaceCode(" C 28.30 ") == "28.30");
    CHECK(normaliseNaceCode("13.9") == "13.9");
    CHECK(normaliseNaceCode("16") == "16");
    CHECK_FALSE(normaliseNaceCode("28-30"));
    CHECK_FALSE(normaliseNaceCode("283011"));
    CHECK_FALSE(normaliseNaceCode("00.10"));
    CHECK(naceDivision("28.30") == 28);
    CHECK(isKnownNaceVersion("2.1"));
    CHECK_FALSE(isKnownNaceVersion("1.1"));
}
