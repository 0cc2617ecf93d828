#include "exchange/entity_registry.h"
#include "exchange_fixture.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
struct Story {
    Cluster cluster;
    Company company;
    Person consultant;
    Visit visit;
    Recommendation recommendation;
};

Story tellStory(Repository& repo) {
    Story s;
    s.cluster = addCluster(repo, "Pro Wood");
    s.company = addCompany(repo, "Tesatoria SRL");
    s.consultant = addStaff(repo, "Ana Pop", s.cluster.id);
    s.visit = addVisit(repo, s.company.id, s.cluster.id, {s.consultant.id});
    s.recommendation = addRecommendation(repo, s.visit.id, "apply for the accelerator");
    return s;
}
} // namespace

TEST_CASE("a full package brings every record and its history to an empty database", "[exchange]") {
    Replica office("office"), ana("ana");
    tellStory(office.repo());
    ImportSummary summary = send(office, ana);
    CHECK(summary.added == 5);
    CHECK(summary.updated == 0);
    CHECK(summary.senderName == "office");
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));
    CHECK(countRows(ana.db(), "SELECT count(*) FROM change_log") ==
          countRows(office.db(), "SELECT count(*) FROM change_log"));
    CHECK(countRows(ana.db(), "SELECT count(*) FROM change_log WHERE origin_seq IS NULL") == 0);
    REQUIRE(ana.exchange().peers().size() == 1);
    CHECK(ana.exchange().peers()[0].name == "office");
    CHECK(ana.exchange().peers()[0].replicaId == office.exchange().replicaId());
}

TEST_CASE("importing the same package twice changes nothing", "[exchange]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    send(office, ana);
    send(ana, office);
    Company c = office.repo().companies().get(s.company.id);
    c.notes = "met the owner";
    office.repo().companies().update(c);
    std::string file = exportFor(office, ana);

    ImportSummary first = ana.exchange().importPackage(file);
    CHECK(first.updated == 1);
    std::string afterFirst = dumpDatabase(ana.db(), {"exchange_log", "exchange_peer"});
    ImportSummary second = ana.exchange().importPackage(file);
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.inConflict == 0);
    CHECK(second.skipped == first.updated + first.skipped);
    CHECK_FALSE(second.previouslyImportedAt.empty());
    CHECK(dumpDatabase(ana.db(), {"exchange_log", "exchange_peer"}) == afterFirst);
    CHECK(countRows(ana.db(), "SELECT count(*) FROM exchange_log WHERE direction = 'import'") == 3);
}

TEST_CASE("edits made on one side only are applied on the other", "[exchange]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    send(office, ana);

    Visit v = ana.repo().visits().get(s.visit.id);
    v.findings = "needs a new loom";
    ana.repo().visits().update(v);
    Company atAna = ana.repo().companies().get(s.company.id);
    atAna.headcount = 300; // the size class is derived and follows
    ana.repo().companies().update(atAna);
    Company atOffice = office.repo().companies().get(s.company.id);
    atOffice.city = "Iasi";
    office.repo().companies().update(atOffice);

    ImportSummary toOffice = send(ana, office);
    CHECK(toOffice.updated == 2);
    CHECK(toOffice.inConflict == 0);
    ImportSummary toAna = send(office, ana);
    CHECK(toAna.inConflict == 0);
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));
    Company merged = office.repo().companies().get(s.company.id);
    CHECK(merged.city == "Iasi");
    CHECK(merged.headcount == 300);
    CHECK(office.db()
              .sql()
              .execAndGet("SELECT size_class FROM company WHERE id = '" + s.company.id + "'")
              .getString() == "large");
    CHECK(office.repo().visits().get(s.visit.id).findings == "needs a new loom");
    CHECK(office.exchange().conflicts().empty());
    CHECK(ana.exchange().conflicts().empty());
}

TEST_CASE("a package for a peer holds only what changed since the last one for it", "[exchange]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    send(office, ana);
    send(ana, office); // now each knows the other
    Recommendation r = office.repo().recommendations().get(s.recommendation.id);
    r.status = RecommendationStatus::Accepted;
    office.repo().recommendations().update(r);

    ExportRequest request;
    request.peer = "ANA"; // names match ignoring case
    ExportSummary summary = office.exchange().exportPackage(request, office.file("next.cdx"));
    CHECK(summary.records == 1);
    CHECK(summary.changes == 1);
    CHECK(summary.referenced == 4); // visit, company, cluster, consultant: so references can be satisfied
    ImportSummary imported = ana.exchange().importPackage(office.file("next.cdx"));
    CHECK(imported.updated == 1);
    CHECK(imported.skipped == 4);
    CHECK(ana.repo().recommendations().get(s.recommendation.id).status == RecommendationStatus::Accepted);

    ExportSummary empty = office.exchange().exportPackage(request, office.file("empty.cdx"));
    CHECK(empty.records == 0);
    CHECK(empty.changes == 0);
}

TEST_CASE("records created on both sides meet in both databases", "[exchange]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    send(office, ana);
    Company atAna = addCompany(ana.repo(), "Confectii Vest");
    Visit visitAtAna = addVisit(ana.repo(), atAna.id, s.cluster.id, {s.consultant.id});
    addRecommendation(ana.repo(), visitAtAna.id, "get certified");
    addCompany(office.repo(), "Mobila Nord");
    CHECK(send(ana, office).added == 3);
    CHECK(send(office, ana).added == 1);
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));
}

TEST_CASE("a delete travels as a tombstone and a restore travels too", "[exchange][tombstone]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    send(office, ana);
    send(ana, office);
    office.repo().recommendations().remove(s.recommendation.id);
    CHECK(send(office, ana).updated == 1);
    CHECK_FALSE(ana.repo().recommendations().find(s.recommendation.id));
    CHECK(countRows(ana.db(), "SELECT count(*) FROM recommendation WHERE deleted_at IS NOT NULL") == 1);
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));

    ana.repo().recommendations().restore(s.recommendation.id);
    CHECK(send(ana, office).updated == 1);
    CHECK(office.repo().recommendations().find(s.recommendation.id));
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));
}

TEST_CASE("a company package holds the company and everything about it", "[exchange][selection]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    Company other = addCompany(office.repo(), "Mobila Nord");
    Visit otherVisit = addVisit(office.repo(), other.id, s.cluster.id);
    FollowUp f;
    f.companyId = s.company.id;
    f.clusterId = s.cluster.id;
    f.recommendationId = s.recommendation.id;
    f.title = "ask about the application";
    f.dueDate = Date(2026, 6, 10);
    f = office.repo().followUps().insert(f);
    ContactAttempt attempt;
    attempt.followUpId = f.id;
    attempt.date = Date(2026, 6, 11);
    attempt.channel = "phone";
    office.repo().contactAttempts().insert(attempt);

    ExportRequest request;
    request.companyIds = {s.company.id};
    ExportSummary summary = office.exchange().exportPackage(request, office.file("company.cdx"));
    CHECK(summary.records == 5);    // company, visit, recommendation, follow-up, contact attempt
    CHECK(summary.referenced == 2); // cluster, consultant
    ImportSummary imported = ana.exchange().importPackage(office.file("company.cdx"));
    CHECK(imported.added == 7);
    CHECK(ana.repo().companies().find(s.company.id));
    CHECK(ana.repo().contactAttempts().all().size() == 1);
    CHECK_FALSE(ana.repo().companies().find(other.id));
    CHECK_FALSE(ana.repo().visits().find(otherVisit.id));
    CHECK(office.exchange().peers().empty()); // a selection does not make anyone a peer
}

TEST_CASE("the audits of one consultant travel with what they refer to", "[exchange][selection]") {
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    Person bogdan = addStaff(office.repo(), "Bogdan Ionescu", s.cluster.id);
    Company other = addCompany(office.repo(), "Mobila Nord");
    Visit bogdansVisit = addVisit(office.repo(), other.id, s.cluster.id, {bogdan.id});
    ExportRequest request;
    request.auditsBy = {s.consultant.id};
    office.exchange().exportPackage(request, office.file("ana.cdx"));
    ana.exchange().importPackage(office.file("ana.cdx"));
    CHECK(ana.repo().visits().find(s.visit.id));
    CHECK(ana.repo().recommendations().find(s.recommendation.id));
    CHECK_FALSE(ana.repo().visits().find(bogdansVisit.id));
}

TEST_CASE("catalogue rows a record refers to are added where missing", "[exchange]") {
    Replica office("office"), ana("ana");
    office.db().sql().exec("INSERT INTO instrument (code, name, kind) VALUES ('regional_voucher', "
                           "'Regional innovation voucher', 'financial')");
    Story s = tellStory(office.repo());
    Recommendation r = office.repo().recommendations().get(s.recommendation.id);
    r.instrumentCode = "regional_voucher";
    office.repo().recommendations().update(r);
    send(office, ana);
    CHECK(countRows(ana.db(), "SELECT count(*) FROM instrument WHERE code = 'regional_voucher'") == 1);
    CHECK(ana.repo().recommendations().get(s.recommendation.id).instrumentCode == "regional_voucher");
}

TEST_CASE("the exchange log lists every export and import with its counts", "[exchange]") {
    Replica office("office"), ana("ana");
    tellStory(office.repo());
    send(office, ana);
    auto atOffice = office.exchange().log();
    REQUIRE(atOffice.size() == 1);
    CHECK(atOffice[0].direction == "export");
    CHECK(atOffice[0].records == 5);
    auto atAna = ana.exchange().log();
    REQUIRE(atAna.size() == 1);
    CHECK(atAna[0].direction == "import");
    CHECK(atAna[0].peerName == "office");
    CHECK(atAna[0].added == 5);
    CHECK(atAna[0].packageId == atOffice[0].packageId);
}

TEST_CASE("an unknown peer is refused naming the known ones", "[exchange]") {
    Replica office("office"), ana("ana");
    send(office, ana);
    ExportRequest request;
    request.peer = "bogdan";
    try {
        ana.exchange().exportPackage(request, ana.file("x.cdx"));
        FAIL("an unknown peer was accepted");
    } catch (const NotFoundError& e) {
        CHECK(std::string(e.what()).find("office") != std::string::npos);
    }
}

TEST_CASE("a package can be inspected before importing without writing anything", "[exchange]") {
    Replica office("office"), ana("ana");
    tellStory(office.repo());
    std::string file = exportFor(office, ana);
    std::string before = dumpDatabase(ana.db());
    PackageInfo info = ana.exchange().inspectPackage(file);
    CHECK(dumpDatabase(ana.db()) == before);
    CHECK(info.senderName == "office");
    CHECK(info.records == 5);
    CHECK(info.forThisDatabase);
    CHECK(info.previouslyImportedAt.empty());
    ana.exchange().importPackage(file);
    CHECK_FALSE(ana.exchange().inspectPackage(file).previouslyImportedAt.empty());
    CHECK_THROWS_AS(office.exchange().inspectPackage(file), InputError); // its own package
}

TEST_CASE("every entity table of the schema travels in packages", "[exchange]") {
    // A table with ids and tombstones is an entity; one added without an entry in entity_registry.cpp
    // would never leave its database.
    Replica office("office");
    SQLite::Statement tables(office.db().sql(),
                             "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                             "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'deleted_at')");
    int entities = 0;
    while (tables.executeStep()) {
        std::string table = tables.getColumn(0).getString();
        INFO(table);
        CHECK(findEntityKind(table) != nullptr);
        ++entities;
    }
    CHECK(entities == static_cast<int>(entityKinds().size()));
}

TEST_CASE("two databases end up equal whichever sends first", "[exchange]") {
    bool officeFirst = GENERATE(true, false);
    Replica office("office"), ana("ana");
    Story s = tellStory(office.repo());
    send(office, ana);
    send(ana, office);
    Company c = office.repo().companies().get(s.company.id);
    c.notes = "met the owner";
    office.repo().companies().update(c);
    addCompany(office.repo(), "Mobila Nord");
    Visit v = ana.repo().visits().get(s.visit.id);
    v.findings = "needs a new loom";
    ana.repo().visits().update(v);
    ana.repo().recommendations().remove(s.recommendation.id);
    if (officeFirst) {
        send(office, ana);
        send(ana, office);
    } else {
        send(ana, office);
        send(office, ana);
    }
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));
    CHECK(office.exchange().conflicts().empty());
    CHECK(ana.exchange().conflicts().empty());
}
