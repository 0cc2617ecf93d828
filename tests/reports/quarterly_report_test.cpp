#include "report_fixture.h"
#include "reports/quarterly_report.h"
#include "reports/report_scopes.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("the quarterly report holds the previous quarter, the year to date and four quarters",
          "[quarterly]") {
    test::SmallReportData data;
    auto company = data.make.company("Vechi SRL");
    data.make.visit(data.indagro, company, "2016-05-10");
    data.make.visit(data.indagro, company, "2016-02-10");
    data.t.db().setSetting("organisation_name", "Asociația Clusterelor din România");

    auto report = buildQuarterlyReport(data.t.db(), Period::quarter("2016-Q3"), {}, test::day("2026-01-01"));
    CHECK(report.organisationName == "Asociația Clusterelor din România");
    CHECK(report.current.totals.visits == 1);
    CHECK(report.previousQuarter.period == Period::quarter("2016-Q2"));
    CHECK(report.previousQuarter.totals.visits == 1);
    CHECK(report.yearToDate.period == Period{test::day("2016-01-01"), test::day("2016-09-30")});
    CHECK(report.yearToDate.totals.visits == 3);
    REQUIRE(report.recentQuarters.size() == 4);
    CHECK(report.recentQuarters.front().period == Period::quarter("2015-Q4"));
    CHECK(report.recentQuarters.back().period == Period::quarter("2016-Q3"));
    CHECK(report.recentQuarters[1].totals.visits == 1);
}

TEST_CASE("report scopes are all clusters first, then each cluster with its budget and effort by month",
          "[quarterly]") {
    test::SmallReportData data;
    auto report = buildQuarterlyReport(data.t.db(), Period::quarter("2016-Q3"), {}, test::day("2026-01-01"));
    auto scopes = reportScopes(report);
    REQUIRE(scopes.size() == 3);
    CHECK(scopes[0].title == "All clusters");
    CHECK(scopes[0].budgetDays == 42);
    CHECK(scopes[0].effortByMonth.size() == 9);
    CHECK(scopes[0].effortByMonth[7].days == 1.5); // August
    CHECK(scopes[1].title == "Indagro Vest");
    CHECK(scopes[2].title == "Țesături, Mode & Co");
    CHECK(scopes[2].label == "silver");
    CHECK(scopes[2].effortByMonth[7].days == 0);

    auto one = reportScopes(
        buildQuarterlyReport(data.t.db(), Period::quarter("2016-Q3"), data.textile, test::day("2026-01-01")));
    REQUIRE(one.size() == 1);
    CHECK(one[0].isCluster);
}

TEST_CASE("a period is titled with its quarter when it is one", "[quarterly]") {
    CHECK(periodTitle(Period::quarter("2016-Q3")) == "2016-Q3 (1 July \u2013 30 September 2016)");
    CHECK(periodTitle({test::day("2015-11-01"), test::day("2016-02-29")}) ==
          "1 November 2015 \u2013 29 February 2016");
}
