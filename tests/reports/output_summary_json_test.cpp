#include "report_fixture.h"
#include "reports/output_summary_json.h"

#include <catch2/catch.hpp>
#include <set>

using namespace clusterdesk;

namespace {
std::set<std::string> keysOf(const nlohmann::json& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.insert(key);
    return keys;
}

const std::set<std::string> kFigureKeys = {"seminars",
                                           "seminar_companies",
                                           "seminar_participants",
                                           "visits",
                                           "audits",
                                           "recommendations",
                                           "recommendations_by_instrument",
                                           "recommendations_by_status",
                                           "support_measures",
                                           "expert_days",
                                           "cost_eur",
                                           "expert_days_by_phase",
                                           "cost_eur_by_phase",
                                           "agreements",
                                           "funding_applications",
                                           "funding_by_status",
                                           "funding_requested_eur",
                                           "certifications",
                                           "follow_ups",
                                           "funnel"};
} // namespace

TEST_CASE("the JSON summary has the period, totals, clusters and dates at the top", "[json]") {
    test::SmallReportData data;
    auto json = toJson(data.summary());
    CHECK(keysOf(json) ==
          std::set<std::string>{"period", "totals", "clusters", "generated_on", "reference_date"});
    CHECK(json["period"] == nlohmann::json{{"from", "2016-07-01"}, {"to", "2016-09-30"}});
    CHECK(json["generated_on"] == "2026-01-01");
    CHECK(json["reference_date"] == "2016-10-01");
}

TEST_CASE("the JSON totals and every cluster carry the same figure keys", "[json]") {
    test::SmallReportData data;
    auto json = toJson(data.summary());
    CHECK(keysOf(json["totals"]) == kFigureKeys);
    REQUIRE(json["clusters"].size() == 2);
    auto clusterKeys = kFigureKeys;
    clusterKeys.insert({"id", "name", "label", "label_expires", "budget_days", "budget_eur"});
    for (const auto& cluster : json["clusters"])
        CHECK(keysOf(cluster) == clusterKeys);
    CHECK(keysOf(json["totals"]["audits"]) == std::set<std::string>{"technology_audit", "business_review",
                                                                    "innovation_audit",
                                                                    "eco_innovation_audit"});
    CHECK(keysOf(json["totals"]["follow_ups"]) ==
          std::set<std::string>{"open", "overdue", "done", "contact_attempts", "answered", "response_rate"});
    CHECK(keysOf(json["totals"]["funnel"]) == std::set<std::string>{"informed", "visited", "enhanced"});
}

TEST_CASE("the JSON figures have the values of the summary", "[json]") {
    test::SmallReportData data;
    auto json = toJson(data.summary());
    const auto& totals = json["totals"];
    CHECK(totals["seminars"] == 1);
    CHECK(totals["seminar_companies"] == 2);
    CHECK(totals["audits"]["innovation_audit"] == 1);
    CHECK(totals["recommendations_by_instrument"] == nlohmann::json{{"eic_accelerator", 1}});
    CHECK(totals["expert_days"] == 1.5);
    CHECK(totals["cost_eur"] == 450.0);
    CHECK(totals["expert_days_by_phase"]["2"] == 1.5);
    CHECK(totals["follow_ups"]["response_rate"] == 1.0);
    const auto& indagro = json["clusters"][0];
    CHECK(indagro["name"] == "Indagro Vest");
    CHECK(indagro["label"] == "");
    CHECK(indagro["budget_days"] == 20.0);
    CHECK(indagro["follow_ups"]["response_rate"].is_null());
    const auto& textile = json["clusters"][1];
    CHECK(textile["label"] == "silver");
    CHECK(textile["label_expires"] == "2017-04-30");
    CHECK(textile["id"] == data.textile);
}
