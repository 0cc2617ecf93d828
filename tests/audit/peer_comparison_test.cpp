#include "audit_fixtures.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
// Six companies in two clusters. Each completes the every-type form answering s1 = x (0..10) and the
// other required questions in full, which makes "scales" (2x/10 + 1) / 3 and "choices" 100 %:
//   x=10: scales 100, overall 100;  x=7: 80, 90;  x=4: 60, 80;  x=1: 40, 70.
struct Peers {
    test::TempDatabase t;
    test::AuditWorld w{t.db()};
    std::string textile = w.cluster("Romanian Textile Concept");
    std::string wood = w.cluster("Pro Wood");
    std::string subject = w.company("Subject SRL", "13.20", 12, textile); // C, small
    std::string p1 = w.company("Peer One SRL", "14.13", 30, textile);     // C, small
    std::string p2 = w.company("Peer Two SRL", "13.92", 5, textile);      // C, micro
    std::string p3 = w.company("Peer Three SRL", "62.01", 20, textile);   // J, small
    std::string p4 = w.company("Peer Four SRL", "16.23", 40, wood);       // C, small
    std::string p5 = w.company("Peer Five SRL", "31.01", 100, wood);      // C, medium
    std::string subjectAudit;
    std::string p2Audit;

    Peers() {
        w.audits.templates().import(test::testDataFile("templates/every-type.json"));
        subjectAudit = completed(subject, textile, 7);
        completed(p1, textile, 10); // an older audit of p1: only its latest counts
        completed(p1, textile, 4);
        p2Audit = completed(p2, textile, 7);
        completed(p3, textile, 1);
        completed(p4, wood, 10);
        completed(p5, wood, 4);
        draft(p3, textile, 0); // drafts never count
    }

    std::string draft(const std::string& company, const std::string& cluster, int x) {
        std::string id =
            w.audits.start({"every_type", 0, w.visit(company, cluster, "business_review"), {}, {}}).id;
        w.audits.saveAnswer(id, "s1", std::to_string(x));
        w.audits.saveAnswer(id, "y1", "yes");
        w.audits.saveAnswer(id, "c1", "yearly");
        w.audits.saveAnswer(id, "t1", "Notes");
        return id;
    }

    std::string completed(const std::string& company, const std::string& cluster, int x) {
        std::string id = draft(company, cluster, x);
        w.audits.complete(id);
        return id;
    }
};
} // namespace

TEST_CASE("peers in the same cluster: averages of their latest completed audits", "[audit][peers]") {
    Peers f;
    PeerComparison c = f.w.audits.comparePeers(f.subjectAudit, PeerGroup::Cluster);
    CHECK(c.group == PeerGroup::Cluster);
    CHECK(c.companies == 3); // p1, p2, p3: the subject itself is left out
    REQUIRE(c.overall);
    CHECK(*c.overall == Approx((80.0 + 90 + 70) / 3));
    CHECK(c.sections.at("scales") == Approx((60.0 + 80 + 40) / 3));
    CHECK(c.sections.at("choices") == Approx(100));
    CHECK_FALSE(c.sections.contains("figures")); // nobody's figures were scored
}

TEST_CASE("peers in the same NACE section, whatever their cluster", "[audit][peers]") {
    Peers f;
    PeerComparison c = f.w.audits.comparePeers(f.subjectAudit, PeerGroup::NaceSection);
    CHECK(c.companies == 4); // p1, p2, p4, p5 are manufacturing (C); p3 is J
    REQUIRE(c.overall);
    CHECK(*c.overall == Approx((80.0 + 90 + 100 + 80) / 4));
    CHECK(c.sections.at("scales") == Approx((60.0 + 80 + 100 + 60) / 4));
}

TEST_CASE("peers of the same size class", "[audit][peers]") {
    Peers f;
    PeerComparison c = f.w.audits.comparePeers(f.subjectAudit, PeerGroup::SizeClass);
    CHECK(c.companies == 3); // small: p1, p3, p4
    REQUIRE(c.overall);
    CHECK(*c.overall == Approx((80.0 + 70 + 100) / 3));
    CHECK(c.sections.at("scales") == Approx((60.0 + 40 + 100) / 3));
}

TEST_CASE("a group of fewer than three companies gives its size but no figures", "[audit][peers]") {
    Peers f;
    auto p4Audits = f.w.audits.ofCompany(f.p4);
    REQUIRE(p4Audits.size() == 1);
    PeerComparison c = f.w.audits.comparePeers(p4Audits.front().id, PeerGroup::Cluster);
    CHECK(c.companies == 1); // only p5 shares the wood cluster
    CHECK_FALSE(c.shown());
    CHECK_FALSE(c.overall);
    CHECK(c.sections.empty());
}

TEST_CASE("a reopened audit leaves the peer group until it is completed again", "[audit][peers]") {
    Peers f;
    f.w.audits.reopen(f.p2Audit, "Wrong headcount");
    PeerComparison c = f.w.audits.comparePeers(f.subjectAudit, PeerGroup::Cluster);
    CHECK(c.companies == 2);
    CHECK_FALSE(c.overall);
    f.w.audits.complete(f.p2Audit);
    CHECK(f.w.audits.comparePeers(f.subjectAudit, PeerGroup::Cluster).companies == 3);
}

TEST_CASE("a deleted company or membership no longer counts as a peer", "[audit][peers]") {
    Peers f;
    f.w.repo.companies().remove(f.p3);
    CHECK(f.w.audits.comparePeers(f.subjectAudit, PeerGroup::Cluster).companies == 2);
    auto memberships = f.w.repo.memberships().where("company_id = ?", {Value{f.p1}});
    REQUIRE(memberships.size() == 1);
    f.w.repo.memberships().remove(memberships.front().id);
    CHECK(f.w.audits.comparePeers(f.subjectAudit, PeerGroup::Cluster).companies == 1);
}

TEST_CASE("a company without a NACE code or headcount has no NACE or size peers", "[audit][peers]") {
    Peers f;
    std::string unknown = f.w.company("Unknown SRL", "", std::nullopt, f.textile);
    std::string audit = f.completed(unknown, f.textile, 5);
    CHECK(f.w.audits.comparePeers(audit, PeerGroup::NaceSection).companies == 0);
    CHECK(f.w.audits.comparePeers(audit, PeerGroup::SizeClass).companies == 0);
    CHECK(f.w.audits.comparePeers(audit, PeerGroup::Cluster).companies == 4);
}
