#include "exchange_fixture.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
// Office and Ana share one company with a visit, and have exchanged both ways.
struct Shared {
    Replica office{"office"};
    Replica ana{"ana"};
    Cluster cluster;
    Company company;
    Visit visit;

    Shared() {
        cluster = addCluster(office.repo(), "Pro Wood");
        company = addCompany(office.repo(), "Tesatoria SRL");
        visit = addVisit(office.repo(), company.id, cluster.id);
        send(office, ana);
        send(ana, office);
    }

    void setCity(Replica& r, const std::string& city) {
        Company c = r.repo().companies().get(company.id);
        c.city = city;
        r.repo().companies().update(c);
    }
};
} // namespace

TEST_CASE("a field edited on both sides becomes a conflict and nothing is overwritten",
          "[exchange][conflict]") {
    Shared s;
    s.setCity(s.office, "Iasi");
    s.setCity(s.ana, "Cluj-Napoca");

    ImportSummary atOffice = send(s.ana, s.office);
    CHECK(atOffice.inConflict == 1);
    CHECK(atOffice.newConflicts == 1);
    CHECK(s.office.repo().companies().get(s.company.id).city == "Iasi");
    auto conflicts = s.office.exchange().conflicts();
    REQUIRE(conflicts.size() == 1);
    const Conflict& c = conflicts[0];
    CHECK(c.kind == ConflictKind::Field);
    CHECK(c.entity == "company");
    CHECK(c.record == "company 'Tesatoria SRL'");
    CHECK(c.field == "city");
    CHECK(c.mineValue == "Iasi");
    CHECK(c.mineChangedBy == "office");
    CHECK_FALSE(c.mineChangedAt.empty());
    CHECK(c.theirsValue == "Cluj-Napoca");
    CHECK(c.theirsChangedBy == "ana");
    CHECK(c.theirsReplicaName == "ana");
    CHECK_FALSE(c.theirsChangedAt.empty());

    ImportSummary atAna = send(s.office, s.ana);
    CHECK(atAna.inConflict == 1);
    CHECK(s.ana.repo().companies().get(s.company.id).city == "Cluj-Napoca");
}

TEST_CASE("a conflict decided on one side is settled on the other by the next package",
          "[exchange][conflict]") {
    auto keep = GENERATE(Keep::Mine, Keep::Theirs);
    Shared s;
    s.setCity(s.office, "Iasi");
    s.setCity(s.ana, "Cluj-Napoca");
    send(s.ana, s.office);
    send(s.office, s.ana); // both sides now hold the conflict
    REQUIRE(s.ana.exchange().conflicts().size() == 1);

    auto id = s.office.exchange().conflicts().at(0).id;
    s.office.exchange().resolveConflict(id, keep);
    std::string expected = keep == Keep::Mine ? "Iasi" : "Cluj-Napoca";
    CHECK(s.office.repo().companies().get(s.company.id).city == expected);
    CHECK(s.office.exchange().conflicts().empty());
    auto closed = s.office.exchange().conflicts(true);
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].status == "resolved");
    CHECK(closed[0].resolution == (keep == Keep::Mine ? "mine" : "theirs"));

    ImportSummary atAna = send(s.office, s.ana);
    CHECK(atAna.inConflict == 0);
    CHECK(s.ana.exchange().conflicts().empty());
    CHECK(s.ana.exchange().conflicts(true).at(0).status == "settled");
    CHECK(s.ana.repo().companies().get(s.company.id).city == expected);
    send(s.ana, s.office);
    CHECK(dumpRecords(s.ana.db()) == dumpRecords(s.office.db()));
    CHECK(s.office.exchange().conflicts().empty());
}

TEST_CASE("a conflict decided the same way on both sides does not come back", "[exchange][conflict]") {
    Shared s;
    s.setCity(s.office, "Iasi");
    s.setCity(s.ana, "Cluj-Napoca");
    send(s.ana, s.office);
    send(s.office, s.ana);
    s.office.exchange().resolveConflict(s.office.exchange().conflicts().at(0).id, Keep::Theirs);
    s.ana.exchange().resolveConflict(s.ana.exchange().conflicts().at(0).id, Keep::Mine);
    CHECK(send(s.ana, s.office).inConflict == 0);
    CHECK(send(s.office, s.ana).inConflict == 0);
    CHECK(s.office.repo().companies().get(s.company.id).city == "Cluj-Napoca");
    CHECK(dumpRecords(s.ana.db()) == dumpRecords(s.office.db()));

    // Later edits on either side are plain edits again.
    s.setCity(s.ana, "Sibiu");
    CHECK(send(s.ana, s.office).updated == 1);
    CHECK(s.office.repo().companies().get(s.company.id).city == "Sibiu");
}

TEST_CASE("a conflict decided differently on the two sides is raised again", "[exchange][conflict]") {
    Shared s;
    s.setCity(s.office, "Iasi");
    s.setCity(s.ana, "Cluj-Napoca");
    send(s.ana, s.office);
    send(s.office, s.ana);
    s.office.exchange().resolveConflict(s.office.exchange().conflicts().at(0).id, Keep::Mine);
    s.ana.exchange().resolveConflict(s.ana.exchange().conflicts().at(0).id, Keep::Mine);
    CHECK(send(s.ana, s.office).inConflict == 1);
    CHECK(s.office.repo().companies().get(s.company.id).city == "Iasi");
}

TEST_CASE("the same value set on both sides is no conflict", "[exchange][conflict]") {
    Shared s;
    s.setCity(s.office, "Iasi");
    s.setCity(s.ana, "Iasi");
    CHECK(send(s.ana, s.office).inConflict == 0);
    CHECK(send(s.office, s.ana).inConflict == 0);
    // Each side keeps the same version of the field, so a later edit is a plain edit.
    s.setCity(s.office, "Brasov");
    CHECK(send(s.office, s.ana).updated == 1);
    CHECK(s.ana.repo().companies().get(s.company.id).city == "Brasov");
}

TEST_CASE("a link set changed on both sides is a conflict of its owner", "[exchange][conflict]") {
    Shared s;
    Person ana = addStaff(s.ana.repo(), "Ana Pop", s.cluster.id);
    Person dan = addStaff(s.office.repo(), "Dan Mihai", s.cluster.id);
    Visit atAna = s.ana.repo().visits().get(s.visit.id);
    atAna.staffIds = {ana.id};
    s.ana.repo().visits().update(atAna);
    Visit atOffice = s.office.repo().visits().get(s.visit.id);
    atOffice.staffIds = {dan.id};
    s.office.repo().visits().update(atOffice);
    send(s.ana, s.office);
    auto conflicts = s.office.exchange().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].field == "staff_ids");
    CHECK(conflicts[0].theirsValue == ana.id);
    s.office.exchange().resolveConflict(conflicts[0].id, Keep::Theirs);
    CHECK(s.office.repo().visits().get(s.visit.id).staffIds == std::vector<std::string>{ana.id});
}

TEST_CASE("a record deleted on one side and edited on the other is a conflict on both",
          "[exchange][conflict]") {
    Shared s;
    s.office.repo().visits().remove(s.visit.id);
    Visit v = s.ana.repo().visits().get(s.visit.id);
    v.findings = "the owner wants a second audit";
    s.ana.repo().visits().update(v);

    ImportSummary atAna = send(s.office, s.ana);
    CHECK(atAna.inConflict == 1);
    CHECK(s.ana.repo().visits().find(s.visit.id)); // not deleted under her feet
    auto atAnaConflicts = s.ana.exchange().conflicts();
    REQUIRE(atAnaConflicts.size() == 1);
    CHECK(atAnaConflicts[0].kind == ConflictKind::EditDelete);
    CHECK_FALSE(atAnaConflicts[0].mineValue);
    CHECK(atAnaConflicts[0].mineChangedBy == "ana");
    CHECK(atAnaConflicts[0].theirsValue);
    CHECK(atAnaConflicts[0].theirsChangedBy == "office");

    ImportSummary atOffice = send(s.ana, s.office);
    CHECK(atOffice.inConflict == 1);
    CHECK_FALSE(s.office.repo().visits().find(s.visit.id)); // stays deleted until someone decides
    // The edit is kept on the tombstone, so nothing is lost whatever is decided.
    CHECK(s.office.db()
              .sql()
              .execAndGet("SELECT findings FROM visit WHERE id = '" + s.visit.id + "'")
              .getString() == "the owner wants a second audit");
    auto atOfficeConflicts = s.office.exchange().conflicts();
    REQUIRE(atOfficeConflicts.size() == 1);
    CHECK(atOfficeConflicts[0].kind == ConflictKind::EditDelete);
    CHECK(atOfficeConflicts[0].mineValue);
    CHECK_FALSE(atOfficeConflicts[0].theirsValue);
    CHECK(atOfficeConflicts[0].theirsChangedBy == "ana");

    SECTION("keeping the record restores it everywhere") {
        s.office.exchange().resolveConflict(atOfficeConflicts[0].id, Keep::Theirs);
        CHECK(s.office.repo().visits().find(s.visit.id));
        send(s.office, s.ana);
        CHECK(s.ana.exchange().conflicts().empty());
        CHECK(s.ana.repo().visits().find(s.visit.id));
    }
    SECTION("keeping the delete deletes it everywhere") {
        s.office.exchange().resolveConflict(atOfficeConflicts[0].id, Keep::Mine);
        send(s.office, s.ana);
        CHECK(s.ana.exchange().conflicts().empty());
        CHECK_FALSE(s.ana.repo().visits().find(s.visit.id));
    }
    send(s.ana, s.office);
    CHECK(dumpRecords(s.ana.db()) == dumpRecords(s.office.db()));
    CHECK(s.office.exchange().conflicts().empty());
}

TEST_CASE("a delete made after seeing every edit is applied without a conflict", "[exchange][tombstone]") {
    Shared s;
    Visit v = s.ana.repo().visits().get(s.visit.id);
    v.findings = "final findings";
    s.ana.repo().visits().update(v);
    send(s.ana, s.office);
    s.office.repo().visits().remove(s.visit.id);
    ImportSummary atAna = send(s.office, s.ana);
    CHECK(atAna.inConflict == 0);
    CHECK(atAna.updated == 1);
    CHECK_FALSE(s.ana.repo().visits().find(s.visit.id));
}

TEST_CASE("importing a package again does not raise its conflicts again", "[exchange][conflict]") {
    Shared s;
    s.setCity(s.office, "Iasi");
    s.setCity(s.ana, "Cluj-Napoca");
    std::string file = exportFor(s.ana, s.office);
    s.office.exchange().importPackage(file);
    std::string before = dumpDatabase(s.office.db(), {"exchange_log", "exchange_peer"});
    ImportSummary again = s.office.exchange().importPackage(file);
    CHECK(again.inConflict == 0);
    CHECK(again.newConflicts == 0);
    CHECK(dumpDatabase(s.office.db(), {"exchange_log", "exchange_peer"}) == before);
    CHECK(s.office.exchange().conflicts().size() == 1);
}

TEST_CASE("a conflict that does not exist cannot be resolved", "[exchange][conflict]") {
    Shared s;
    CHECK_THROWS_AS(s.office.exchange().resolveConflict(42, Keep::Mine), NotFoundError);
}

TEST_CASE("an edit that conflicts on a record deleted on the other side is also an edit/delete conflict",
          "[exchange][conflict]") {
    Shared s;
    Visit atOffice = s.office.repo().visits().get(s.visit.id);
    atOffice.findings = "closed: company left the cluster";
    s.office.repo().visits().update(atOffice);
    s.office.repo().visits().remove(s.visit.id);
    Visit atAna = s.ana.repo().visits().get(s.visit.id);
    atAna.findings = "second audit planned";
    s.ana.repo().visits().update(atAna);

    send(s.office, s.ana);
    send(s.ana, s.office);
    auto conflicts = s.office.exchange().conflicts();
    REQUIRE(conflicts.size() == 2); // the findings, and the delete Ana had not seen
    CHECK(conflicts[0].field == "findings");
    CHECK(conflicts[1].kind == ConflictKind::EditDelete);

    // The office decides both; Ana's two conflicts are settled by its next package.
    s.office.exchange().resolveConflict(conflicts[0].id, Keep::Mine);
    s.office.exchange().resolveConflict(conflicts[1].id, Keep::Theirs); // keep the visit
    send(s.office, s.ana);
    CHECK(s.ana.exchange().conflicts().empty());
    CHECK(s.ana.repo().visits().get(s.visit.id).findings == "closed: company left the cluster");
    send(s.ana, s.office);
    CHECK(dumpRecords(s.ana.db()) == dumpRecords(s.office.db()));
}
