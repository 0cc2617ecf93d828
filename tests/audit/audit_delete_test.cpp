#include "audit_fixtures.h"
#include "storage/audit_list_query.h"
#include "storage/company_story_query.h"
#include "support/temp_database.h"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
int count(Database& db, const std::string& sql, const std::string& bind) {
    SQLite::Statement q(db.sql(), sql);
    q.bind(1, bind);
    q.executeStep();
    return q.getColumn(0).getInt();
}

struct Fixture {
    test::TempDatabase t;
    test::AuditWorld w{t.db()};
    std::string cluster = w.cluster("Romanian Textile Concept");
    std::string company = w.company("Tesatoria SRL", "13.20", 12, cluster);
    std::string visit = w.visit(company, cluster, "business_review");
    std::string measure = w.measure(cluster, {company});

    Fixture() { w.audits.templates().import(test::testDataFile("templates/every-type.json")); }

    std::string start(const std::string& visitId) {
        return w.audits.start({"every_type", 0, visitId, {}, {}}).id;
    }

    std::string completed(const std::string& companyId, int scale) {
        std::string id = start(w.visit(companyId, cluster, "business_review"));
        w.audits.saveAnswer(id, "s1", std::to_string(scale));
        w.audits.saveAnswer(id, "y1", "yes");
        w.audits.saveAnswer(id, "c1", "yearly");
        w.audits.saveAnswer(id, "t1", "Skilled weavers");
        w.audits.complete(id);
        return id;
    }
};
} // namespace

TEST_CASE("a draft started by mistake is deleted with a tombstone and a change-log entry, and comes back "
          "whole when restored",
          "[audit][delete]") {
    Fixture f;
    std::string id = f.start(f.visit);
    f.w.audits.saveAnswer(id, "s1", "6");
    f.w.audits.saveNote(id, "scales", "Weaving hall visited");

    f.w.audits.remove(id);
    CHECK(count(f.t.db(), "SELECT count(*) FROM audit WHERE id = ? AND deleted_at IS NOT NULL", id) == 1);
    CHECK(count(f.t.db(),
                "SELECT count(*) FROM change_log WHERE entity = 'audit' AND record_id = ? AND field = "
                "'deleted_at' AND old_value IS NULL AND new_value IS NOT NULL",
                id) == 1);
    CHECK_THROWS_AS(f.w.audits.get(id), NotFoundError);
    CHECK_THROWS_AS(f.w.audits.saveAnswer(id, "s1", "7"), NotFoundError);
    CHECK_THROWS_AS(f.w.audits.remove(id), NotFoundError);
    CHECK(f.w.audits.ofVisit(f.visit).empty());
    CHECK(f.w.audits.ofCompany(f.company).empty());

    f.w.audits.restore(id);
    CHECK(count(f.t.db(), "SELECT count(*) FROM audit WHERE id = ? AND deleted_at IS NULL", id) == 1);
    CHECK(count(f.t.db(),
                "SELECT count(*) FROM change_log WHERE entity = 'audit' AND record_id = ? AND field = "
                "'deleted_at' AND new_value IS NULL",
                id) == 1);
    AuditForm form = f.w.audits.load(id);
    CHECK(form.answers.at("s1") == "6");
    CHECK(form.notes.at("scales") == "Weaving hall visited");
    CHECK_THROWS_AS(f.w.audits.restore(id), NotFoundError);
}

TEST_CASE("a completed audit is not deleted until it is reopened with a reason", "[audit][delete]") {
    Fixture f;
    std::string id = f.completed(f.company, 6);
    CHECK_THROWS_WITH(f.w.audits.remove(id), Catch::Contains("reopen it"));
    CHECK(count(f.t.db(), "SELECT count(*) FROM audit WHERE id = ? AND deleted_at IS NULL", id) == 1);

    f.w.audits.reopen(id, "Started for the wrong visit");
    f.w.audits.remove(id);
    CHECK(count(f.t.db(), "SELECT count(*) FROM audit WHERE id = ? AND deleted_at IS NOT NULL", id) == 1);
}

TEST_CASE("deleted audits are left out of the audit lists and the company's timeline", "[audit][delete]") {
    Fixture f;
    std::string kept = f.start(f.visit);
    std::string mistake = f.w.audits.start({"innovation_management", 0, {}, f.measure, f.company}).id;
    AuditListQuery query(f.t.db());
    CompanyStoryQuery story(f.t.db());
    auto audits = [&](const std::vector<AuditRow>& rows) {
        std::vector<std::string> ids;
        for (const auto& row : rows)
            ids.push_back(row.id);
        return ids;
    };
    auto timelineAudits = [&] {
        int n = 0;
        for (const auto& event : story.timeline(f.company))
            n += event.kind == TimelineEvent::Kind::Audit ? 1 : 0;
        return n;
    };
    REQUIRE(query.rows().size() == 2);
    CHECK(timelineAudits() == 2);

    f.w.audits.remove(mistake);
    CHECK(audits(query.rows()) == std::vector<std::string>{kept});
    CHECK(audits(query.ofCompany(f.company)) == std::vector<std::string>{kept});
    CHECK(query.ofOwner(f.measure, f.company).empty());
    CHECK_FALSE(query.row(mistake));
    CHECK(timelineAudits() == 1);
}

TEST_CASE("a company's audits are listed by the date of their visit or measure, newest first",
          "[audit][company]") {
    Fixture f;
    std::string visitAudit = f.start(f.visit); // 2026-03-05
    std::string measureAudit =
        f.w.audits.start({"innovation_management", 0, {}, f.measure, {}}).id; // 2026-04-01
    std::string other = f.w.company("Other SRL", "13.20", 12, f.cluster);
    f.start(f.w.visit(other, f.cluster, "business_review"));

    auto rows = AuditListQuery(f.t.db()).ofCompany(f.company);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == measureAudit);
    CHECK(rows[0].date == "2026-04-01");
    CHECK(rows[0].kindName == "Innovation audit (IMP3rove)");
    CHECK(rows[1].id == visitAudit);
    CHECK(rows[1].status == "draft");
    CHECK_FALSE(rows[1].overallPercent);

    auto ofVisit = AuditListQuery(f.t.db()).ofOwner(f.visit, f.company);
    REQUIRE(ofVisit.size() == 1);
    CHECK(ofVisit[0].id == visitAudit);
    CHECK(AuditListQuery(f.t.db()).ofOwner(f.visit, other).empty());
}

TEST_CASE("the company's timeline shows its audits with status and overall score", "[audit][company]") {
    Fixture f;
    std::string id = f.completed(f.company, 6);
    Audit audit = f.w.audits.get(id);
    bool found = false;
    for (const auto& event : CompanyStoryQuery(f.t.db()).timeline(f.company)) {
        if (event.kind != TimelineEvent::Kind::Audit)
            continue;
        found = true;
        CHECK(event.date == "2026-03-05");
        CHECK(event.title.rfind("Every question type", 0) == 0);
        CHECK(event.status == "completed");
        CHECK(event.detail.find('%') != std::string::npos);
        CHECK(event.cluster == "Romanian Textile Concept");
    }
    CHECK(found);
}

TEST_CASE("a deleted completed audit, as another replica may send it, is not compared with",
          "[audit][delete][peers]") {
    Fixture f;
    std::string subject = f.completed(f.company, 7);
    std::vector<std::string> peers;
    for (const char* name : {"Peer One SRL", "Peer Two SRL", "Peer Three SRL"})
        peers.push_back(f.completed(f.w.company(name, "13.20", 12, f.cluster), 5));
    CHECK(f.w.audits.comparePeers(subject, PeerGroup::Cluster).companies == 3);
    // Here a completed audit cannot be deleted; a tombstone can still arrive through the exchange.
    f.t.db().sql().exec("UPDATE audit SET deleted_at = '2026-06-01T00:00:00Z' WHERE id = '" + peers[0] + "'");
    PeerComparison c = f.w.audits.comparePeers(subject, PeerGroup::Cluster);
    CHECK(c.companies == 2);
    CHECK_FALSE(c.shown());
}
