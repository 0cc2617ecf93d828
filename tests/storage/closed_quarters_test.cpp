#include "domain/error.h"
#include "storage/closed_quarters.h"
#include "storage/database.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
ClosedQuarter sentQ3() {
    return {"2016-Q3", Period::quarter("2016-Q3"),   "2016-10-05T09:00:00Z",
            "ana",     R"({"totals":{"visits":5}})", "ab12"};
}
} // namespace

TEST_CASE("a closed quarter keeps the figures as sent, the date and the PDF's fingerprint",
          "[closed_quarter]") {
    test::TempDatabase t;
    storeClosedQuarter(t.db(), sentQ3());
    auto stored = findClosedQuarter(t.db(), "2016-Q3");
    REQUIRE(stored);
    CHECK(stored->period == Period::quarter("2016-Q3"));
    CHECK(stored->closedAt == "2016-10-05T09:00:00Z");
    CHECK(stored->closedBy == "ana");
    CHECK(stored->figuresJson == R"({"totals":{"visits":5}})");
    CHECK(stored->pdfSha256 == "ab12");
    CHECK_FALSE(findClosedQuarter(t.db(), "2016-Q4"));
    CHECK(closedQuarters(t.db()).size() == 1);
    CHECK(
        t.db().sql().execAndGet("SELECT count(*) FROM change_log WHERE entity = 'closed_quarter'").getInt() ==
        1);
}

TEST_CASE("a quarter cannot be closed twice", "[closed_quarter]") {
    test::TempDatabase t;
    storeClosedQuarter(t.db(), sentQ3());
    auto again = sentQ3();
    again.pdfSha256 = "cd34";
    CHECK_THROWS_AS(storeClosedQuarter(t.db(), again), ValidationError);
    CHECK(findClosedQuarter(t.db(), "2016-Q3")->pdfSha256 == "ab12");
}
