#include "domain/audit_answer.h"
#include "domain/audit_scoring.h"
#include "domain/audit_template.h"
#include "domain/error.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
const AuditTemplate& form() {
    static const AuditTemplate t = parseTemplate(test::testDataFile("templates/every-type.json"));
    return t;
}

AnswerMap fullAnswers() {
    return {{"s1", "7"},
            {"s2", "4"},
            {"y1", "yes"},
            {"y2", "yes"},
            {"n1", "20"},
            {"n2", "6"},
            {"n3", "12"},
            {"c1", "adhoc"},
            {"c2", "fairs;patents"},
            {"c3", "export"},
            {"t1", "Skilled weavers"}};
}

double percentOf(const AuditScore& score, const std::string& section) {
    const auto* s = score.section(section);
    REQUIRE(s);
    REQUIRE(s->percent);
    return *s->percent;
}
} // namespace

TEST_CASE("section percentages weigh each question's share of its points", "[scoring]") {
    AuditScore score = scoreAudit(form(), fullAnswers());
    // scales: s1 7/10 x2 + s2 (4-1)/4 + y1 yes + y2 yes where "no" is good = 3.15 of 5
    CHECK(percentOf(score, "scales") == Approx(63.0));
    // figures: n1 20 in 0..50 = 0.4, n2 6 days in 0..30 lower is better = 0.8, n3 not scored
    CHECK(percentOf(score, "figures") == Approx(60.0));
    // choices: c1 ad hoc 1 of 4, c2 fairs + patents 3 of 4, c3 not scored
    CHECK(percentOf(score, "choices") == Approx(50.0));
    CHECK_FALSE(score.section("notes")->percent); // text only: no score
}

TEST_CASE("the overall percentage averages the sections with their weights", "[scoring]") {
    AuditScore score = scoreAudit(form(), fullAnswers());
    REQUIRE(score.overall);
    CHECK(*score.overall == Approx((63.0 * 1 + 60.0 * 3 + 50.0 * 1) / 5));
}

TEST_CASE("an unanswered optional question is left out of the denominator", "[scoring]") {
    auto answers = fullAnswers();
    answers.erase("s2");
    CHECK(percentOf(scoreAudit(form(), answers), "scales") == Approx(100.0 * 2.4 / 4));
}

TEST_CASE("an unanswered required question counts as zero until it is answered", "[scoring]") {
    auto answers = fullAnswers();
    answers.erase("s1");
    AuditScore score = scoreAudit(form(), answers);
    CHECK(percentOf(score, "scales") == Approx(100.0 * 1.75 / 5));
    CHECK(score.missingRequired == std::vector<std::string>{"s1"});
    CHECK_FALSE(score.requiredAnswered());
}

TEST_CASE("a section without any scored answer has no percentage yet", "[scoring]") {
    AuditScore score = scoreAudit(form(), {{"t1", "x"}});
    CHECK_FALSE(score.section("scales")->percent);
    CHECK_FALSE(score.overall);
    CHECK(score.answered == 1);
    CHECK(score.questions == 12);
    CHECK(score.missingRequired == std::vector<std::string>{"s1", "y1", "c1"});
}

TEST_CASE("progress counts every answered question, scored or not", "[scoring]") {
    AuditScore score = scoreAudit(form(), fullAnswers());
    CHECK(score.section("figures")->answered == 3);
    CHECK(score.section("notes")->answered == 1);
    CHECK(score.section("notes")->questions == 2);
    CHECK(score.requiredAnswered());
}

TEST_CASE("each question type turns its answer into a share of its points", "[scoring][answers]") {
    const auto& t = form();
    CHECK(*answerFraction(*t.question("s1"), "0") == Approx(0));
    CHECK(*answerFraction(*t.question("s1"), "10") == Approx(1));
    CHECK(*answerFraction(*t.question("s2"), "1") == Approx(0));
    CHECK(*answerFraction(*t.question("y1"), "yes") == 1);
    CHECK(*answerFraction(*t.question("y1"), "no") == 0);
    CHECK(*answerFraction(*t.question("y2"), "no") == 1);
    CHECK(*answerFraction(*t.question("n1"), "50") == Approx(1));
    CHECK(*answerFraction(*t.question("n2"), "30") == Approx(0));
    CHECK_FALSE(answerFraction(*t.question("n3"), "12"));
    CHECK(*answerFraction(*t.question("c1"), "yearly") == Approx(1));
    CHECK(*answerFraction(*t.question("c1"), "none") == Approx(0));
    CHECK(*answerFraction(*t.question("c2"), "fairs;patents;journals") == Approx(1));
    CHECK(*answerFraction(*t.question("c2"), "none") == Approx(0));
    CHECK_FALSE(answerFraction(*t.question("c3"), "local"));
    CHECK_FALSE(answerFraction(*t.question("t1"), "anything"));
    CHECK_FALSE(answerFraction(*t.question("s1"), ""));
}

TEST_CASE("typed answers are normalised or refused saying what the question accepts", "[answers]") {
    const auto& t = form();
    CHECK(normaliseAnswer(*t.question("s1"), " 7 ") == "7");
    CHECK_THROWS_WITH(normaliseAnswer(*t.question("s1"), "11"), Catch::Contains("from 0 to 10"));
    CHECK_THROWS_AS(normaliseAnswer(*t.question("s1"), "7.5"), ValidationError);
    CHECK(normaliseAnswer(*t.question("y1"), "Da") == "yes");
    CHECK(normaliseAnswer(*t.question("y1"), "nu") == "no");
    CHECK_THROWS_WITH(normaliseAnswer(*t.question("y1"), "maybe"), Catch::Contains("yes or no"));
    CHECK(normaliseAnswer(*t.question("n1"), "12,5") == "12.5");
    CHECK_THROWS_WITH(normaliseAnswer(*t.question("n1"), "60"), Catch::Contains("between 0 and 50 %"));
    CHECK_THROWS_WITH(normaliseAnswer(*t.question("n3"), "-1"), Catch::Contains("at least 0"));
    CHECK(normaliseAnswer(*t.question("c1"), "Yearly budget") == "yearly");
    CHECK_THROWS_WITH(normaliseAnswer(*t.question("c1"), "monthly"), Catch::Contains("none, adhoc, yearly"));
    CHECK(normaliseAnswer(*t.question("c2"), "patents, fairs,patents") == "fairs;patents");
    CHECK(normaliseAnswer(*t.question("t1"), "  Țesătorie  ") == "Țesătorie");
    CHECK(normaliseAnswer(*t.question("t1"), "   ").empty());
}

TEST_CASE("stored answers read as the form shows them", "[answers]") {
    const auto& t = form();
    CHECK(answerDisplay(*t.question("s1"), "10") == "10 - fully");
    CHECK(answerDisplay(*t.question("y1"), "no") == "No");
    CHECK(answerDisplay(*t.question("n1"), "12.5") == "12.5 %");
    CHECK(answerDisplay(*t.question("c2"), "fairs;patents") == "Trade fairs; Patent searches");
}

TEST_CASE("a section scoring below a rule's threshold suggests its recommendation", "[scoring][rules]") {
    auto answers = fullAnswers();
    answers["c1"] = "none";
    answers["c2"] = "none";
    AuditScore score = scoreAudit(form(), answers);
    auto suggestions = suggestRecommendations(form(), score);
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions[0].rule.instrumentCode == "eu_ip_helpdesk");
    CHECK(suggestions[0].sectionTitle == "Choices");
    CHECK(suggestions[0].sectionPercent == Approx(0));
    CHECK(suggestRecommendations(form(), scoreAudit(form(), fullAnswers())).empty());
}

TEST_CASE("completed results are kept as a JSON object of section percentages", "[scoring]") {
    AuditScore score = scoreAudit(form(), {{"s1", "10"}, {"y1", "yes"}});
    CHECK(sectionPercentsJson(score) == R"({"scales":100.0})");
}
