#include "audit_fixtures.h"
#include "domain/audit_template_validation.h"
#include "resources/embedded_templates.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
std::string everyType() {
    return test::testDataFile("templates/every-type.json");
}

// every-type.json with another version number and title: a changed template.
std::string everyTypeVersion(int version, const std::string& title) {
    std::string text = everyType();
    auto replace = [&](const std::string& from, const std::string& to) {
        text.replace(text.find(from), from.size(), to);
    };
    replace("\"version\": 1", "\"version\": " + std::to_string(version));
    replace("Every question type", title);
    return text;
}

int count(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

struct Fixture {
    test::TempDatabase t;
    test::AuditWorld w{t.db()};
    std::string cluster = w.cluster("Romanian Textile Concept");
    std::string company = w.company("Tesatoria SRL", "13.20", 12, cluster);
    std::string visit = w.visit(company, cluster, "business_review");

    Fixture() { w.audits.templates().import(everyType()); }

    Audit start() { return w.audits.start({"every_type", 0, visit, {}, {}}); }

    void answerRequired(const std::string& auditId) {
        w.audits.saveAnswer(auditId, "s1", "6");
        w.audits.saveAnswer(auditId, "y1", "yes");
        w.audits.saveAnswer(auditId, "c1", "yearly");
        w.audits.saveAnswer(auditId, "t1", "Skilled weavers");
    }
};
} // namespace

TEST_CASE("every bundled template is valid against the catalogues of a new database", "[audit][templates]") {
    test::TempDatabase t;
    TemplateStore store(t.db());
    auto catalogue = store.catalogue();
    REQUIRE(embeddedTemplateNames().size() == 6);
    for (auto name : embeddedTemplateNames()) {
        INFO(name);
        auto errors = validateTemplate(embeddedTemplate(name), catalogue);
        for (const auto& e : errors)
            UNSCOPED_INFO(e.field + ": " + e.message);
        CHECK(errors.empty());
    }
}

TEST_CASE("a new database holds the bundled templates", "[audit][templates]") {
    test::TempDatabase t;
    TemplateStore store(t.db());
    auto all = store.all();
    REQUIRE(all.size() == 6);
    for (const auto& stored : all) {
        CHECK(stored.origin == "bundled");
        CHECK(stored.id == stored.templateId + "@1");
    }
    for (auto id : {"innovation_management", "technology_audit", "business_review", "eco_innovation_audit",
                    "export_readiness_check", "competence_mapping"}) {
        INFO(id);
        REQUIRE(store.latest(id));
        CHECK_FALSE(store.form(id, 1).sections.empty());
    }
    CHECK(store.form("innovation_management", 1).sections.size() == 6);
}

TEST_CASE("an imported template is stored once, and the same file again changes nothing",
          "[audit][templates]") {
    test::TempDatabase t;
    TemplateStore store(t.db());
    auto first = store.import(everyType());
    CHECK(first.added);
    CHECK(first.stored.id == "every_type@1");
    CHECK(first.stored.origin == "imported");
    CHECK(first.stored.kind == "business_review");
    auto again = store.import(everyType());
    CHECK_FALSE(again.added);
    CHECK(count(t.db(), "SELECT count(*) FROM audit_template WHERE template_id = 'every_type'") == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM change_log WHERE entity = 'audit_template'") > 0);
}

TEST_CASE("a changed template under the same version is refused; a new version is kept beside the old",
          "[audit][templates]") {
    test::TempDatabase t;
    TemplateStore store(t.db());
    store.import(everyType());
    try {
        store.import(everyTypeVersion(1, "Changed"));
        FAIL("a changed template replaced version 1");
    } catch (const ValidationError& e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors()[0].field == "$.version");
        CHECK(e.errors()[0].message.find("higher version") != std::string::npos);
    }
    CHECK(store.import(everyTypeVersion(2, "Changed")).added);
    CHECK(store.form("every_type", 1).title.find("Every question type") == 0);
    CHECK(store.form("every_type", 2).title.find("Changed") == 0);
    CHECK(store.latest("every_type")->version == 2);
}

TEST_CASE("an invalid template is refused with its JSON paths and nothing is stored", "[audit][templates]") {
    test::TempDatabase t;
    TemplateStore store(t.db());
    int before = count(t.db(), "SELECT count(*) FROM audit_template");
    try {
        store.import(test::testDataFile("templates/bad-catalogue.json"));
        FAIL("an invalid template was imported");
    } catch (const ValidationError& e) {
        CHECK(e.errors().size() == 3);
        CHECK(e.errors()[0].field == "$.kind");
    }
    CHECK(count(t.db(), "SELECT count(*) FROM audit_template") == before);
}

TEST_CASE("an audit of a visit kind needs the visit and takes its company", "[audit]") {
    Fixture f;
    Audit audit = f.start();
    CHECK(audit.companyId == f.company);
    CHECK(audit.status == AuditStatus::Draft);
    CHECK(audit.templateVersion == 1);
    CHECK_THROWS_AS(f.w.audits.start({"every_type", 0, {}, {}, f.company}), ValidationError);
    CHECK_THROWS_AS(f.w.audits.start({"no_such_template", 0, f.visit, {}, {}}), ValidationError);
    CHECK(f.w.audits.ofVisit(f.visit).size() == 1);
}

TEST_CASE("an audit of a support-measure kind needs a company taking part in the measure", "[audit]") {
    Fixture f;
    std::string other = f.w.company("Pro Wood Mobila SRL", "16.23", 40, f.cluster);
    std::string outsider = f.w.company("Outsider SRL");
    std::string measure = f.w.measure(f.cluster, {f.company, other});
    CHECK_THROWS_AS(f.w.audits.start({"innovation_management", 0, f.visit, {}, {}}), ValidationError);
    CHECK_THROWS_AS(f.w.audits.start({"innovation_management", 0, {}, measure, {}}), ValidationError);
    CHECK_THROWS_AS(f.w.audits.start({"innovation_management", 0, {}, measure, outsider}), ValidationError);
    Audit audit = f.w.audits.start({"innovation_management", 0, {}, measure, other});
    CHECK(audit.measureId == measure);
    CHECK(audit.companyId == other);
    CHECK(f.w.audits.ofCompany(other).size() == 1);
}

TEST_CASE("each answer is stored in its normal form as one row per question", "[audit][answers]") {
    Fixture f;
    Audit audit = f.start();
    CHECK(f.w.audits.saveAnswer(audit.id, "y1", "Da") == "yes");
    CHECK(f.w.audits.saveAnswer(audit.id, "n1", "12,5") == "12.5");
    f.w.audits.saveAnswer(audit.id, "y1", "nu");
    CHECK(count(f.t.db(), "SELECT count(*) FROM audit_answer WHERE audit_id = '" + audit.id + "'") == 2);
    AuditForm form = f.w.audits.load(audit.id);
    CHECK(form.answers.at("y1") == "no");
    CHECK(form.answers.at("n1") == "12.5");
    // Each change is in the change log, so the exchange and the history see it.
    CHECK(count(f.t.db(),
                "SELECT count(*) FROM change_log WHERE entity = 'audit_answer' AND field = 'value'") == 3);
}

TEST_CASE("a cleared answer no longer counts as answered", "[audit][answers]") {
    Fixture f;
    Audit audit = f.start();
    f.w.audits.saveAnswer(audit.id, "t2", "Few sales staff");
    f.w.audits.saveAnswer(audit.id, "t2", "  ");
    CHECK_FALSE(f.w.audits.load(audit.id).answers.contains("t2"));
}

TEST_CASE("an answer that does not fit its question is refused and nothing is written", "[audit][answers]") {
    Fixture f;
    Audit audit = f.start();
    CHECK_THROWS_WITH(f.w.audits.saveAnswer(audit.id, "s1", "11"), Catch::Contains("from 0 to 10"));
    CHECK_THROWS_WITH(f.w.audits.saveAnswer(audit.id, "zz", "1"), Catch::Contains("no question 'zz'"));
    CHECK(count(f.t.db(), "SELECT count(*) FROM audit_answer") == 0);
}

TEST_CASE("notes are kept per section", "[audit][notes]") {
    Fixture f;
    Audit audit = f.start();
    f.w.audits.saveNote(audit.id, "figures", "Figures from the 2025 balance sheet");
    f.w.audits.saveNote(audit.id, "figures", "Figures from the 2025 balance sheet (provisional)");
    CHECK_THROWS_AS(f.w.audits.saveNote(audit.id, "nowhere", "x"), ValidationError);
    AuditForm form = f.w.audits.load(audit.id);
    CHECK(form.notes.size() == 1);
    CHECK(form.notes.at("figures") == "Figures from the 2025 balance sheet (provisional)");
}

TEST_CASE("completing refuses while required questions are unanswered, naming them", "[audit][complete]") {
    Fixture f;
    Audit audit = f.start();
    f.w.audits.saveAnswer(audit.id, "s1", "6");
    try {
        f.w.audits.complete(audit.id);
        FAIL("an audit with unanswered required questions was completed");
    } catch (const ValidationError& e) {
        REQUIRE(e.errors().size() == 3);
        CHECK(e.errors()[0].field == "y1");
        CHECK(e.errors()[1].field == "c1");
        CHECK(e.errors()[2].field == "t1");
        CHECK(e.errors()[2].message.find("Strengths") != std::string::npos);
    }
    CHECK(f.w.audits.get(audit.id).status == AuditStatus::Draft);
}

TEST_CASE("a completed audit keeps its results and refuses changes", "[audit][complete]") {
    Fixture f;
    Audit audit = f.start();
    f.answerRequired(audit.id);
    Audit done = f.w.audits.complete(audit.id);
    CHECK(done.status == AuditStatus::Completed);
    CHECK_FALSE(done.completedAt.empty());
    REQUIRE(done.overallPercent);
    CHECK(done.sectionPercents.find("\"scales\"") != std::string::npos);
    CHECK_THROWS_WITH(f.w.audits.saveAnswer(audit.id, "s2", "3"), Catch::Contains("locked"));
    CHECK_THROWS_WITH(f.w.audits.saveNote(audit.id, "scales", "late note"), Catch::Contains("locked"));
    CHECK_THROWS_AS(f.w.audits.complete(audit.id), ValidationError);
    CHECK_FALSE(f.w.audits.load(audit.id).answers.contains("s2"));
}

TEST_CASE("reopening needs a reason, which the change log keeps", "[audit][complete]") {
    Fixture f;
    Audit audit = f.start();
    CHECK_THROWS_AS(f.w.audits.reopen(audit.id, "a draft is open already"), ValidationError);
    f.answerRequired(audit.id);
    f.w.audits.complete(audit.id);
    CHECK_THROWS_WITH(f.w.audits.reopen(audit.id, "   "), Catch::Contains("say why"));
    Audit reopened = f.w.audits.reopen(audit.id, "The company sent corrected turnover figures");
    CHECK(reopened.status == AuditStatus::Draft);
    CHECK(reopened.completedAt.empty());
    CHECK_FALSE(reopened.overallPercent);
    f.w.audits.saveAnswer(audit.id, "n1", "30");
    f.w.audits.complete(audit.id);
    f.w.audits.reopen(audit.id, "The company sent corrected turnover figures");

    SQLite::Statement q(f.t.db().sql(),
                        "SELECT new_value, changed_by FROM change_log WHERE entity = 'audit' "
                        "AND record_id = ? AND field = 'reopen_reason' AND new_value IS NOT NULL "
                        "ORDER BY seq");
    q.bind(1, audit.id);
    int reasons = 0;
    while (q.executeStep()) {
        ++reasons;
        CHECK(q.getColumn(0).getString() == "The company sent corrected turnover figures");
        CHECK(q.getColumn(1).getString() == "tester");
    }
    CHECK(reasons == 2);
}

TEST_CASE("an audit keeps the template version it was started with", "[audit][templates]") {
    Fixture f;
    Audit old = f.start();
    f.w.audits.saveAnswer(old.id, "s1", "8");
    f.w.audits.templates().import(everyTypeVersion(2, "Changed"));
    AuditForm form = f.w.audits.load(old.id);
    CHECK(form.form.version == 1);
    CHECK(form.form.title.find("Every question type") == 0);
    CHECK(form.answers.at("s1") == "8");
    Audit fresh = f.start();
    CHECK(fresh.templateVersion == 2);
}

TEST_CASE("a loaded form carries its score and the template's suggestions", "[audit]") {
    Fixture f;
    Audit audit = f.start();
    f.answerRequired(audit.id);
    f.w.audits.saveAnswer(audit.id, "c1", "none");
    f.w.audits.saveAnswer(audit.id, "c2", "none");
    AuditForm form = f.w.audits.load(audit.id);
    REQUIRE(form.score.section("choices")->percent);
    CHECK(*form.score.section("choices")->percent == Approx(0));
    REQUIRE(form.suggestions.size() == 1);
    CHECK(form.suggestions[0].rule.instrumentCode == "eu_ip_helpdesk");
}
