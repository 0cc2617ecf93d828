// Audits filled in offline on a consultant's laptop travel to the office with their answers, notes and
// reopen reasons; the form templates ClusterDesk comes with stay where they are.
#include "exchange_fixture.h"
#include "storage/audit_store.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A valid answer to every question of the form, so the audit can be completed.
void answerEverything(AuditStore& audits, const std::string& auditId) {
    AuditForm form = audits.load(auditId);
    for (const auto& section : form.form.sections)
        for (const auto& q : section.questions) {
            std::string answer = "noted on site";
            if (q.type == QuestionType::Scale)
                answer = std::to_string((q.scaleMin + q.scaleMax) / 2);
            else if (q.type == QuestionType::YesNo)
                answer = "yes";
            else if (q.type == QuestionType::Number)
                answer = std::to_string(static_cast<int>(q.rangeMin.value_or(3)));
            else if (q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice)
                answer = q.options.front().id;
            audits.saveAnswer(auditId, q.id, answer);
        }
}

// The office has a company and a visit to it; Ana's laptop got everything and sent a package back.
struct Pair {
    Replica office{"office"};
    Replica ana{"ana"};
    Cluster cluster = addCluster(office.repo(), "Pro Wood");
    Company company = addCompany(office.repo(), "Tesatoria SRL");
    Visit visit = addVisit(office.repo(), company.id, cluster.id);

    Pair() {
        send(office, ana);
        send(ana, office);
    }

    std::string startAudit(Replica& where) {
        AuditStore audits(where.db());
        return audits.start({"technology_audit", 0, visit.id, {}, {}}).id;
    }
};
} // namespace

TEST_CASE("an audit filled in on a consultant's laptop arrives at the office with every answer",
          "[exchange][audit]") {
    Pair p;
    int templatesAtOffice = countRows(p.office.db(), "SELECT count(*) FROM audit_template");
    AuditStore atAna(p.ana.db());
    std::string auditId = p.startAudit(p.ana);
    answerEverything(atAna, auditId);
    atAna.saveNote(auditId, "strategy", "The owner plans a second plant.");
    atAna.complete(auditId);
    atAna.reopen(auditId, "the owner corrected the headcount");
    atAna.saveAnswer(auditId, "ts_defined", "9");
    atAna.complete(auditId);

    ImportSummary summary = send(p.ana, p.office);
    CHECK(summary.inConflict == 0);
    AuditStore atOffice(p.office.db());
    AuditForm there = atOffice.load(auditId);
    AuditForm here = atAna.load(auditId);
    CHECK(there.answers == here.answers);
    CHECK(there.answers.size() == 29);
    CHECK(there.answers.at("ts_defined") == "9");
    CHECK(there.notes == here.notes);
    CHECK(there.audit.status == AuditStatus::Completed);
    CHECK(there.audit.overallPercent == here.audit.overallPercent);
    // The reason the audit was reopened is in the office's change log as well.
    CHECK(countRows(p.office.db(),
                    "SELECT count(*) FROM change_log WHERE entity = 'audit' AND field = "
                    "'reopen_reason' AND new_value = 'the owner corrected the headcount'") == 1);
    // The bundled form is the office's own: it was not sent, and the audit refers to it.
    CHECK(countRows(p.office.db(), "SELECT count(*) FROM audit_template") == templatesAtOffice);
    CHECK(dumpRecords(p.office.db()) == dumpRecords(p.ana.db()));
}

TEST_CASE("bundled form templates are not in packages; imported ones are", "[exchange][audit]") {
    Pair p;
    AuditStore atAna(p.ana.db());
    atAna.templates().import(testDataFile("templates/every-type.json"));
    std::string auditId = atAna.start({"every_type", 0, p.visit.id, {}, {}}).id;
    atAna.saveAnswer(auditId, "s1", "7");
    std::string file = exportFor(p.ana, p.office);
    std::string text = readFile(file);
    CHECK(text.find("\"every_type@1\"") != std::string::npos);
    CHECK(text.find("\"technology_audit@1\"") == std::string::npos);
    p.office.exchange().importPackage(file);
    AuditStore atOffice(p.office.db());
    REQUIRE(atOffice.templates().find("every_type", 1));
    CHECK(atOffice.templates().find("every_type", 1)->origin == "imported");
    CHECK(atOffice.load(auditId).answers.at("s1") == "7");
}

TEST_CASE("an audit referring to a form this database lacks is refused with advice", "[exchange][audit]") {
    Pair p;
    // Made with a ClusterDesk bundling a form this one does not have.
    p.ana.db().sql().exec("UPDATE audit_template SET id = 'technology_audit@9', version = 9 WHERE id = "
                          "'technology_audit@1'");
    std::string auditId = AuditStore(p.ana.db()).start({"technology_audit", 9, p.visit.id, {}, {}}).id;
    std::string before = dumpDatabase(p.office.db());
    std::string file = exportFor(p.ana, p.office);
    REQUIRE_THROWS_AS(p.office.exchange().importPackage(file), InputError);
    CHECK_THROWS_WITH(p.office.exchange().importPackage(file),
                      Catch::Contains("technology_audit@9") && Catch::Contains("import the template"));
    CHECK(dumpDatabase(p.office.db()) == before);
}

TEST_CASE("an answer changed on both sides becomes a conflict", "[exchange][audit][conflict]") {
    Pair p;
    std::string auditId = p.startAudit(p.ana);
    AuditStore atAna(p.ana.db());
    atAna.saveAnswer(auditId, "ts_defined", "5");
    send(p.ana, p.office);
    AuditStore atOffice(p.office.db());
    atOffice.saveAnswer(auditId, "ts_defined", "7");
    atAna.saveAnswer(auditId, "ts_defined", "3");
    // Answered on both sides before either had seen the other's answer: still one answer, in conflict.
    atOffice.saveAnswer(auditId, "ts_consistent", "4");
    atAna.saveAnswer(auditId, "ts_consistent", "6");

    ImportSummary summary = send(p.ana, p.office);
    CHECK(summary.inConflict == 2);
    auto conflicts = p.office.exchange().conflicts();
    REQUIRE(conflicts.size() == 2);
    for (const auto& conflict : conflicts) {
        CHECK(conflict.entity == "audit_answer");
        CHECK(conflict.field == "value");
        CHECK_THAT(conflict.record, Catch::StartsWith("audit answer 'ts_"));
    }
    // Nothing was overwritten; the office keeps its answers until someone decides.
    CHECK(atOffice.load(auditId).answers.at("ts_defined") == "7");
    p.office.exchange().resolveConflict(conflicts.front().id, Keep::Theirs);
    p.office.exchange().resolveConflict(conflicts.back().id, Keep::Theirs);
    send(p.office, p.ana);
    CHECK(p.ana.exchange().conflicts().empty());
    CHECK(atOffice.load(auditId).answers == atAna.load(auditId).answers);
    CHECK(atAna.load(auditId).answers.at("ts_defined") == "3");
    CHECK(dumpRecords(p.office.db()) == dumpRecords(p.ana.db()));
}

TEST_CASE("a deleted audit travels as a tombstone", "[exchange][audit][tombstone]") {
    Pair p;
    std::string auditId = p.startAudit(p.ana);
    AuditStore atAna(p.ana.db());
    atAna.saveAnswer(auditId, "ts_defined", "5");
    send(p.ana, p.office);
    AuditStore atOffice(p.office.db());
    REQUIRE(atOffice.ofVisit(p.visit.id).size() == 1);
    EntityStore<Audit>(p.ana.db()).remove(auditId);
    ImportSummary summary = send(p.ana, p.office);
    CHECK(summary.updated == 1);
    CHECK(atOffice.ofVisit(p.visit.id).empty());
    CHECK(countRows(p.office.db(), "SELECT count(*) FROM audit WHERE deleted_at IS NOT NULL") == 1);
    CHECK(dumpRecords(p.office.db()) == dumpRecords(p.ana.db()));
}

TEST_CASE("audits filled in by two consultants reach everyone through the office",
          "[exchange][audit][three]") {
    Replica office("office"), ana("ana"), bogdan("bogdan");
    Cluster cluster = addCluster(office.repo(), "Pro Wood");
    Company company = addCompany(office.repo(), "Tesatoria SRL");
    Visit visit = addVisit(office.repo(), company.id, cluster.id);
    send(office, ana);
    send(office, bogdan);
    AuditStore atAna(ana.db()), atBogdan(bogdan.db());
    std::string anasAudit = atAna.start({"technology_audit", 0, visit.id, {}, {}}).id;
    answerEverything(atAna, anasAudit);
    atAna.complete(anasAudit);
    std::string bogdansAudit = atBogdan.start({"business_review", 0, visit.id, {}, {}}).id;
    answerEverything(atBogdan, bogdansAudit);
    atBogdan.saveNote(bogdansAudit, atBogdan.load(bogdansAudit).form.sections.front().id, "family business");

    send(ana, office);
    send(bogdan, office);
    send(office, ana);
    send(office, bogdan);
    send(ana, office);
    send(bogdan, office);
    CHECK(dumpRecords(ana.db()) == dumpRecords(office.db()));
    CHECK(dumpRecords(bogdan.db()) == dumpRecords(office.db()));
    CHECK(AuditStore(office.db()).ofVisit(visit.id).size() == 2);
    CHECK(AuditStore(bogdan.db()).load(anasAudit).answers == atAna.load(anasAudit).answers);
}
