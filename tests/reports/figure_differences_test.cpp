#include "report_fixture.h"
#include "reports/figure_differences.h"
#include "reports/output_summary_json.h"
#include "reports/quarterly_report.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
bool hasDifference(const std::vector<FigureDifference>& differences, const std::string& scope,
                   const std::string& figure, const std::string& sent, const std::string& now) {
    for (const auto& d : differences)
        if (d.scope == scope && d.figure == figure && d.sent == sent && d.now == now)
            return true;
    return false;
}
} // namespace

TEST_CASE("a summary equal to the one sent has no differences", "[differences]") {
    test::SmallReportData data;
    const auto sent = toJson(data.summary());
    CHECK(compareWithSent(sent, data.summary(), true).empty());
}

TEST_CASE("a record deleted after the quarter was sent shows as a changed figure", "[differences]") {
    test::SmallReportData data;
    const auto sent = toJson(data.summary());
    auto company = data.make.company("Nou SRL");
    data.make.visit(data.indagro, company, "2016-09-30");
    auto differences = compareWithSent(sent, data.summary(), true);
    CHECK(hasDifference(differences, "All clusters", "Company visits", "1", "2"));
    CHECK(hasDifference(differences, "Indagro Vest", "Company visits", "1", "2"));
    CHECK(hasDifference(differences, "Indagro Vest", "Audits by kind: Business review", "1", "2"));
    CHECK(hasDifference(differences, "All clusters", "Funnel at the end of the period: Companies visited",
                        "2", "3"));
    // A report of one cluster compares that cluster only.
    auto oneCluster = compareWithSent(sent, data.summary(data.textile), false);
    CHECK(oneCluster.empty());
}

TEST_CASE("a cluster deleted after the quarter was sent is named", "[differences]") {
    test::SmallReportData data;
    const auto sent = toJson(data.summary());
    data.repo.clusters().remove(data.indagro);
    auto differences = compareWithSent(sent, data.summary(), true);
    CHECK(hasDifference(differences, "Indagro Vest", "Cluster", "in the report", "deleted since"));
}

TEST_CASE("a later report of a closed quarter carries what was sent and what differs", "[differences]") {
    test::SmallReportData data;
    const auto period = Period::quarter("2016-Q3");
    const auto today = test::day("2026-01-01");
    storeClosedQuarter(data.t.db(), {"2016-Q3", period, "2016-10-05T09:00:00Z", "ana",
                                     toJson(data.summary()).dump(), "ab12"});
    CHECK(buildQuarterlyReport(data.t.db(), period, {}, today).differences.empty());

    auto company = data.make.company("Nou SRL");
    data.make.visit(data.textile, company, "2016-07-02");
    auto report = buildQuarterlyReport(data.t.db(), period, {}, today);
    REQUIRE(report.closed);
    CHECK(report.closed->pdfSha256 == "ab12");
    CHECK(hasDifference(report.differences, "All clusters", "Company visits", "1", "2"));
    CHECK_FALSE(buildQuarterlyReport(data.t.db(), Period::quarter("2016-Q2"), {}, today).closed);
}
