#include "storage/report_queries.h"
#include "storage/repository.h"
#include "support/record_builder.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;
using test::day;

namespace {
const Period kQ3 = Period::quarter("2016-Q3");
const Date kLater = day("2026-01-01");

struct Fixture {
    test::TempDatabase t;
    Repository repo{t.db()};
    test::RecordBuilder make{repo};

    OutputSummary summary(const Period& period = kQ3, const std::string& clusterId = {},
                          const Date& today = kLater) {
        return computeOutputSummary(t.db(), period, clusterId, today);
    }
};

const ClusterOutput& clusterNamed(const OutputSummary& s, const std::string& name) {
    for (const auto& c : s.clusters)
        if (c.name == name)
            return c;
    FAIL("no cluster " << name);
    throw std::logic_error("unreachable");
}
} // namespace

TEST_CASE("a company attending two seminars counts once, and so does a person", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    auto other = f.make.company("Lemn SA");
    auto ana = f.make.person("Ana");
    auto s1 = f.make.seminar("2016-07-10", {cluster});
    auto s2 = f.make.seminar("2016-08-10", {cluster});
    f.make.attend(s1, company, ana);
    f.make.attend(s2, company, ana);
    f.make.attend(s2, company); // the company again, without a named person
    f.make.attend(s2, other, {}, AttendanceStatus::NoShow);
    f.make.attend(s1, other, {}, AttendanceStatus::Registered);

    auto s = f.summary();
    CHECK(s.totals.seminars == 2);
    CHECK(s.totals.seminarCompanies == 1);
    CHECK(s.totals.seminarParticipants == 1);
    CHECK(clusterNamed(s, "Pro Wood").figures.seminarCompanies == 1);
}

TEST_CASE("a seminar organised by two clusters counts once in the totals and once for each", "[report]") {
    Fixture f;
    auto a = f.make.cluster("Indagro Vest");
    auto b = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    auto shared = f.make.seminar("2016-07-10", {a, b});
    f.make.seminar("2016-07-11", {b});
    f.make.attend(shared, company);

    auto s = f.summary();
    CHECK(s.totals.seminars == 2);
    CHECK(s.totals.seminarCompanies == 1);
    CHECK(clusterNamed(s, "Indagro Vest").figures.seminars == 1);
    CHECK(clusterNamed(s, "Pro Wood").figures.seminars == 2);
    CHECK(clusterNamed(s, "Indagro Vest").figures.seminarCompanies == 1);
    CHECK(clusterNamed(s, "Pro Wood").figures.seminarCompanies == 1);
}

TEST_CASE("a joint seminar credits each organiser with its own members, and walk-ins to all", "[report]") {
    Fixture f;
    auto a = f.make.cluster("Indagro Vest");
    auto b = f.make.cluster("Pro Wood");
    auto tractors = f.make.company("Agromec SRL");
    auto furniture = f.make.company("Mobila SRL");
    auto walkIn = f.make.company("Visitor SRL");
    for (auto [company, cluster] : {std::pair{tractors, a}, std::pair{furniture, b}}) {
        Membership m;
        m.companyId = company;
        m.clusterId = cluster;
        m.since = day("2015-01-01");
        f.repo.memberships().insert(m);
    }
    auto joint = f.make.seminar("2016-07-10", {a, b});
    for (const auto& company : {tractors, furniture, walkIn})
        f.make.attend(joint, company);

    auto s = f.summary();
    CHECK(s.totals.seminarCompanies == 3);
    CHECK(clusterNamed(s, "Indagro Vest").figures.seminarCompanies == 2); // its member and the walk-in
    CHECK(clusterNamed(s, "Pro Wood").figures.seminarCompanies == 2);
    CHECK(clusterNamed(s, "Indagro Vest").figures.funnel.informed == 2);
    CHECK(s.totals.funnel.informed == 3);
}

TEST_CASE("soft-deleted records and records of deleted parents do not count", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    auto gone = f.make.company("Disparut SRL");
    auto kept = f.make.visit(cluster, company, "2016-07-05");
    auto deleted = f.make.visit(cluster, company, "2016-07-06");
    f.make.visit(cluster, gone, "2016-07-07");
    f.make.recommendation(kept, "eic_accelerator");
    f.make.recommendation(deleted, "horizon_europe");
    auto seminar = f.make.seminar("2016-07-10", {cluster});
    auto deletedSeminar = f.make.seminar("2016-07-11", {cluster});
    f.make.attend(seminar, gone);
    f.make.attend(deletedSeminar, company);
    f.repo.visits().remove(deleted);
    f.repo.seminars().remove(deletedSeminar);
    f.repo.companies().remove(gone);

    auto s = f.summary();
    CHECK(s.totals.visits == 1);
    CHECK(s.totals.recommendations == 1);
    CHECK(s.totals.recommendationsByInstrument == std::map<std::string, int>{{"eic_accelerator", 1}});
    CHECK(s.totals.seminars == 1);
    CHECK(s.totals.seminarCompanies == 0);
    CHECK(s.totals.funnel.informed == 1); // the live company, visited
}

TEST_CASE("a deleted cluster is left out of the clusters and the totals", "[report]") {
    Fixture f;
    auto kept = f.make.cluster("Pro Wood");
    auto gone = f.make.cluster("Old Cluster");
    auto company = f.make.company("Mobila SRL");
    f.make.visit(kept, company, "2016-07-05");
    f.make.visit(gone, company, "2016-07-05");
    f.repo.clusters().remove(gone);

    auto s = f.summary();
    REQUIRE(s.clusters.size() == 1);
    CHECK(s.clusters[0].name == "Pro Wood");
    CHECK(s.totals.visits == 1);
    CHECK_THROWS_AS(f.summary(kQ3, gone), NotFoundError);
}

TEST_CASE("a visit on the last day of a quarter belongs to it, one on the next day does not", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    f.make.visit(cluster, company, "2016-06-30");
    f.make.visit(cluster, company, "2016-07-01");
    f.make.visit(cluster, company, "2016-09-30");
    f.make.visit(cluster, company, "2016-10-01");

    CHECK(f.summary().totals.visits == 2);
    CHECK(f.summary(Period::quarter("2016-Q4")).totals.visits == 1);
    CHECK(f.summary(Period::quarter("2016-Q2")).totals.visits == 1);
}

TEST_CASE("audits always name the four kinds and count visits and support measures", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    f.make.visit(cluster, company, "2016-07-05", "business_review");
    f.make.visit(cluster, company, "2016-07-06", "business_review");
    f.make.visit(cluster, company, "2016-07-07", "none");
    f.make.measure(cluster, "innovation_audit", "2016-08-01", {company});
    f.make.measure(cluster, "market_study", "2016-08-01", {company});

    auto s = f.summary();
    CHECK(s.totals.visits == 3);
    CHECK(s.totals.audits == std::map<std::string, int>{{"technology_audit", 0},
                                                        {"business_review", 2},
                                                        {"innovation_audit", 1},
                                                        {"eco_innovation_audit", 0}});
    CHECK(s.totals.supportMeasures.at("innovation_audit") == 1);
    CHECK(s.totals.supportMeasures.at("market_study") == 1);
    CHECK(s.totals.supportMeasures.at("competence_mapping") == 0);
}

TEST_CASE("recommendations are counted by instrument and by status", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    auto v = f.make.visit(cluster, company, "2016-07-05");
    f.make.recommendation(v, "eic_accelerator", RecommendationStatus::Accepted);
    f.make.recommendation(v, "eic_accelerator", RecommendationStatus::Done);
    f.make.recommendation(v, {}, RecommendationStatus::Accepted);
    auto earlier = f.make.visit(cluster, company, "2016-06-05");
    f.make.recommendation(earlier, "horizon_europe");

    auto figures = f.summary().totals;
    CHECK(figures.recommendations == 3);
    CHECK(figures.recommendationsByInstrument ==
          std::map<std::string, int>{{"eic_accelerator", 2}, {"none", 1}});
    CHECK(figures.recommendationsByStatus.at("accepted") == 2);
    CHECK(figures.recommendationsByStatus.at("done") == 1);
    CHECK(figures.recommendationsByStatus.at("proposed") == 0);
}

TEST_CASE("expert days and their cost are summed by phase", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto consultant = f.make.person("Consultant", 300);
    f.make.effort(consultant, cluster, 1, "2016-07-05", 2, 300);
    f.make.effort(consultant, cluster, 2, "2016-07-06", 1.5, 400);
    f.make.effort(consultant, cluster, 2, "2016-10-06", 9, 400);

    auto figures = f.summary().totals;
    CHECK(figures.expertDays == Approx(3.5));
    CHECK(figures.costEur == Approx(1200));
    CHECK(figures.expertDaysByPhase.at(1) == Approx(2));
    CHECK(figures.costEurByPhase.at(2) == Approx(600));
    CHECK(figures.expertDaysByPhase.at(3) == 0);
}

TEST_CASE("outcomes count agreements, funding applications by status and certifications", "[report]") {
    Fixture f;
    auto cluster = f.make.cluster("Romanian Textile Concept");
    auto company = f.make.company("Tesatoria SRL");
    f.make.agreement(cluster, "2016-09-01");
    f.make.agreement(cluster, "2016-10-01");
    f.make.funding(cluster, "eic_accelerator", "2016-07-01", FundingStatus::Submitted, 50000);
    f.make.funding(cluster, "horizon_europe", "2016-08-01", FundingStatus::Approved, 25000);
    f.make.certification(cluster, company, "2016-08-15");

    auto figures = f.summary().totals;
    CHECK(figures.agreements == 1);
    CHECK(figures.fundingApplications == 2);
    CHECK(figures.fundingByStatus ==
          std::map<std::string, int>{{"submitted", 1}, {"approved", 1}, {"rejected", 0}});
    CHECK(figures.fundingRequestedEur == Approx(75000));
    CHECK(figures.certifications == 1);
}

TEST_CASE("a follow-up is overdue when still open on the reference date", "[report][follow_up]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    f.make.followUp(cluster, company, "2016-07-15");
    f.make.followUp(cluster, company, "2016-09-30");
    f.make.followUp(cluster, company, "2016-08-01", FollowUpStatus::Done);
    f.make.followUp(cluster, company, "2016-08-02", FollowUpStatus::Cancelled);

    SECTION("after the quarter, the day after it is the reference date") {
        auto s = f.summary();
        CHECK(s.referenceDate == day("2016-10-01"));
        CHECK(s.totals.followUps.open == 2);
        CHECK(s.totals.followUps.overdue == 2);
        CHECK(s.totals.followUps.done == 1);
    }
    SECTION("during the quarter, today is the reference date") {
        auto s = f.summary(kQ3, {}, day("2016-08-01"));
        CHECK(s.referenceDate == day("2016-08-01"));
        CHECK(s.totals.followUps.open == 2);
        CHECK(s.totals.followUps.overdue == 1);
    }
    SECTION("due on the reference date is not yet overdue") {
        auto s = f.summary(kQ3, {}, day("2016-07-15"));
        CHECK(s.totals.followUps.overdue == 0);
    }
}

TEST_CASE("the response rate is answered contact attempts of the period over all of them",
          "[report][follow_up]") {
    Fixture f;
    auto cluster = f.make.cluster("Pro Wood");
    auto company = f.make.company("Mobila SRL");
    auto followUp = f.make.followUp(cluster, company, "2016-05-15");
    f.make.contact(followUp, "2016-07-01", false);
    f.make.contact(followUp, "2016-07-08", false);
    f.make.contact(followUp, "2016-07-15", true);
    f.make.contact(followUp, "2016-10-15", true);

    auto s = f.summary();
    CHECK(s.totals.followUps.contactAttempts == 3);
    CHECK(s.totals.followUps.answered == 1);
    REQUIRE(s.totals.followUps.responseRate);
    CHECK(*s.totals.followUps.responseRate == Approx(1.0 / 3));
    CHECK_FALSE(f.summary(Period::quarter("2016-Q2")).totals.followUps.responseRate);
}

TEST_CASE("the funnel counts companies by the furthest stage reached by the end of the period",
          "[report][funnel]") {
    Fixture f;
    auto a = f.make.cluster("Indagro Vest");
    auto b = f.make.cluster("Pro Wood");
    auto seminarOnly = f.make.company("Seminar SRL");
    auto visitedOnly = f.make.company("Vizitat SRL");
    auto supported = f.make.company("Sprijinit SRL");
    auto late = f.make.company("Tarziu SRL");
    auto earlier = f.make.seminar("2016-03-01", {a}); // before the period: still counts at its end
    f.make.attend(earlier, seminarOnly);
    f.make.attend(earlier, supported);
    f.make.visit(a, visitedOnly, "2016-07-10"); // never at a seminar, yet informed
    f.make.visit(b, supported, "2016-07-11");
    f.make.measure(a, "competence_mapping", "2016-09-01", {supported});
    f.make.visit(a, late, "2016-10-01"); // after the period

    auto s = f.summary();
    const auto& funnelA = clusterNamed(s, "Indagro Vest").figures.funnel;
    CHECK(funnelA.informed == 3);
    CHECK(funnelA.visited == 2);
    CHECK(funnelA.enhanced == 1);
    const auto& funnelB = clusterNamed(s, "Pro Wood").figures.funnel;
    CHECK(funnelB.informed == 1);
    CHECK(funnelB.visited == 1);
    CHECK(funnelB.enhanced == 0);
    // The supported company is in both clusters' funnels, once in the totals.
    CHECK(s.totals.funnel.informed == 3);
    CHECK(s.totals.funnel.visited == 2);
    CHECK(s.totals.funnel.enhanced == 1);
}

TEST_CASE("a cluster's label is the one valid on the last day of the period", "[report][label]") {
    Fixture f;
    auto cluster = f.make.cluster("Romanian Textile Concept");
    f.make.label(cluster, LabelLevel::Bronze, "2014-01-10", "2016-01-09");
    f.make.label(cluster, LabelLevel::Bronze, "2016-01-10", "2018-01-09");
    f.make.label(cluster, LabelLevel::Silver, "2016-08-01", "2018-07-31");
    f.make.label(cluster, LabelLevel::Gold, "2016-10-01", "2018-09-30");

    auto q3 = f.summary().clusters.at(0);
    CHECK(q3.label == "silver");
    CHECK(q3.labelExpires == "2018-07-31");
    auto q2 = f.summary(Period::quarter("2016-Q2")).clusters.at(0);
    CHECK(q2.label == "bronze");
    CHECK(q2.labelExpires == "2018-01-09");
    auto q1of2020 = f.summary(Period::quarter("2020-Q1")).clusters.at(0);
    CHECK(q1of2020.label.empty());
    CHECK(q1of2020.labelExpires.empty());
}

TEST_CASE("a report for one cluster has its figures as the totals", "[report]") {
    Fixture f;
    auto a = f.make.cluster("Indagro Vest", 20, 20000);
    auto b = f.make.cluster("Pro Wood", 25, 18000);
    auto company = f.make.company("Mobila SRL");
    f.make.visit(a, company, "2016-07-05");
    f.make.visit(b, company, "2016-07-05");
    f.make.visit(b, company, "2016-07-06");

    auto all = f.summary();
    REQUIRE(all.clusters.size() == 2);
    CHECK(all.clusters[0].name == "Indagro Vest");
    CHECK(all.totals.visits == 3);

    auto one = f.summary(kQ3, b);
    REQUIRE(one.clusters.size() == 1);
    CHECK(one.clusters[0].name == "Pro Wood");
    CHECK(one.clusters[0].budgetDays == 25);
    CHECK(one.clusters[0].budgetEur == 18000);
    CHECK(one.totals.visits == 2);
    CHECK(one.clusters[0].figures.visits == 2);
    CHECK(one.totals.funnel.visited == 1);
}
