#include "domain/date.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("dates are read only as YYYY-MM-DD and must be real days", "[date]") {
    CHECK(Date::parse("2016-03-15")->toString() == "2016-03-15");
    CHECK_FALSE(Date::parse("15.03.2016"));
    CHECK_FALSE(Date::parse("2016-3-15"));
    CHECK_FALSE(Date::parse("2016-02-30"));
    CHECK(Date::parse("2016-02-29"));
    CHECK_FALSE(Date::parse("2015-02-29"));
    CHECK_THROWS_AS(Date::parseOrThrow("31/12/2016", "date"), ValidationError);
}

TEST_CASE("a quarter runs from its first to its last day inclusive", "[date]") {
    Period q = Period::quarter("2016-Q4");
    CHECK(q.from.toString() == "2016-10-01");
    CHECK(q.to.toString() == "2016-12-31");
    CHECK(q.contains(*Date::parse("2016-12-31")));
    CHECK_FALSE(q.contains(*Date::parse("2017-01-01")));
    CHECK(q.previousQuarter() == Period::quarter("2016-Q3"));
    CHECK(Period::quarter("2016-Q1").previousQuarter() == Period::quarter("2015-Q4"));
    CHECK(q.yearToDate().from.toString() == "2016-01-01");
    CHECK(q.quarterLabel() == "2016-Q4");
    CHECK_THROWS_AS(Period::quarter("2016-Q5"), ValidationError);
    CHECK_THROWS_AS(Period::quarter("Q3 2016"), ValidationError);
}

TEST_CASE("adding months clamps to the end of a shorter month", "[date]") {
    CHECK(Date(2016, 8, 31).addMonths(6).toString() == "2017-02-28");
    CHECK(Date(2016, 3, 15).addMonths(12).toString() == "2017-03-15");
    CHECK(Date(2016, 12, 31).addDays(1).toString() == "2017-01-01");
}
