#include "domain/sme_class.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("size class follows the EU headcount ceilings", "[sme]") {
    CHECK(classifySize(0, std::nullopt, std::nullopt) == SizeClass::Micro);
    CHECK(classifySize(9, std::nullopt, std::nullopt) == SizeClass::Micro);
    CHECK(classifySize(10, std::nullopt, std::nullopt) == SizeClass::Small);
    CHECK(classifySize(49, std::nullopt, std::nullopt) == SizeClass::Small);
    CHECK(classifySize(50, std::nullopt, std::nullopt) == SizeClass::Medium);
    CHECK(classifySize(249, std::nullopt, std::nullopt) == SizeClass::Medium);
    CHECK(classifySize(250, std::nullopt, std::nullopt) == SizeClass::Large);
}

TEST_CASE("either financial ceiling is enough to stay in a size class", "[sme]") {
    // Micro: <10 staff and (turnover <= 2M or balance sheet <= 2M).
    CHECK(classifySize(5, 2e6, 9e6) == SizeClass::Micro);
    CHECK(classifySize(5, 9e6, 2e6) == SizeClass::Micro);
    CHECK(classifySize(5, 2.5e6, 2.5e6) == SizeClass::Small);
    // Medium: turnover <= 50M or balance sheet <= 43M.
    CHECK(classifySize(100, 60e6, 43e6) == SizeClass::Medium);
    CHECK(classifySize(100, 50e6, 80e6) == SizeClass::Medium);
    CHECK(classifySize(100, 50.1e6, 43.1e6) == SizeClass::Large);
    CHECK(classifySize(40, 11e6, std::nullopt) == SizeClass::Medium);
}

TEST_CASE("without a headcount the size class is unknown", "[sme]") {
    CHECK(classifySize(std::nullopt, 1e6, 1e6) == SizeClass::Unknown);
    CHECK(toString(SizeClass::Unknown) == "unknown");
    CHECK(sizeClassFromString("medium") == SizeClass::Medium);
}
