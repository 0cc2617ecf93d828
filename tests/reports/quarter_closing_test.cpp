#include "gui_application.h"
#include "report_fixture.h"
#include "reports/output_summary_json.h"
#include "reports/quarter_closing.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
const Period kQ3 = Period::quarter("2016-Q3");

bool contains(const std::optional<std::string>& text, const std::string& part) {
    return text && text->find(part) != std::string::npos;
}

// Freezes 2016-Q3 as it is now, without rendering a PDF.
void freezeQ3(test::SmallReportData& data) {
    storeClosedQuarter(
        data.t.db(), {"2016-Q3", kQ3, "2016-10-05T09:00:00Z", "ana", toJson(data.summary()).dump(), "ab12"});
}
} // namespace

TEST_CASE("a quarter can be closed from the day after it ends, once", "[closing]") {
    test::SmallReportData data;
    CHECK(contains(quarterClosingRefusal(data.t.db(), kQ3, test::day("2016-09-30")),
                   "ends on 30 September 2016"));
    CHECK_FALSE(quarterClosingRefusal(data.t.db(), kQ3, test::day("2016-10-01")));
    freezeQ3(data);
    CHECK(contains(quarterClosingRefusal(data.t.db(), kQ3, test::day("2016-10-01")), "stays as it was sent"));
    CHECK(contains(quarterClosingRefusal(data.t.db(), kQ3, test::day("2016-10-01")),
                   "closed on 2016-10-05 by ana"));
}

TEST_CASE("only a whole quarter can be closed", "[closing]") {
    test::SmallReportData data;
    const Period months{test::day("2016-07-01"), test::day("2016-08-31")};
    CHECK(contains(quarterClosingRefusal(data.t.db(), months, test::day("2017-01-01")),
                   "only a whole quarter"));
    test::ensureGuiApplication();
    CHECK_THROWS_AS(closeQuarter(data.t.db(), months, test::day("2017-01-01"), [](const QByteArray&) {}),
                    ValidationError);
    CHECK(closedQuarters(data.t.db()).empty());
}

TEST_CASE("closed quarters are compared with what was sent, and an undone edit leaves none changed",
          "[closing]") {
    test::SmallReportData data;
    const Date today = test::day("2026-01-01");
    CHECK(compareClosedQuarters(data.t.db(), today).empty());
    freezeQ3(data);
    auto comparisons = compareClosedQuarters(data.t.db(), today);
    REQUIRE(comparisons.size() == 1);
    CHECK(comparisons.front().closed.quarter == "2016-Q3");
    CHECK(comparisons.front().differences.empty());

    auto company = data.make.company("Nou SRL");
    auto visit = data.make.visit(data.indagro, company, "2016-09-30");
    comparisons = compareClosedQuarters(data.t.db(), today);
    REQUIRE(comparisons.size() == 1);
    CHECK_FALSE(comparisons.front().differences.empty());

    data.repo.visits().remove(visit);
    data.repo.companies().remove(company);
    CHECK(compareClosedQuarters(data.t.db(), today).front().differences.empty());
}
