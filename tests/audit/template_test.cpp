#include "domain/audit_template.h"
#include "domain/audit_template_validation.h"
#include "support/temp_database.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
std::string templateFile(const std::string& name) {
    return test::testDataFile("templates/" + name);
}

bool hasError(const std::vector<FieldError>& errors, const std::string& path, const std::string& fragment) {
    return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) {
        return e.field == path && e.message.find(fragment) != std::string::npos;
    });
}

std::string listErrors(const std::vector<FieldError>& errors) {
    std::string out;
    for (const auto& e : errors)
        out += e.field + ": " + e.message + "\n";
    return out;
}

TemplateCatalogue catalogue() {
    return {{"business_review", "technology_audit"}, {"een", "eu_ip_helpdesk"}, {"innovation_audit"}};
}
} // namespace

TEST_CASE("a template with every question type parses into sections, questions and rules", "[template]") {
    AuditTemplate t = parseTemplate(templateFile("every-type.json"), catalogue());
    CHECK(t.id == "every_type");
    CHECK(t.version == 1);
    CHECK(t.key() == "every_type@1");
    CHECK(t.kind == "business_review");
    CHECK(t.title.find("ș ț ă î â") != std::string::npos);
    REQUIRE(t.sections.size() == 4);
    CHECK(t.sections[1].weight == 3);

    const Question* s1 = t.question("s1");
    REQUIRE(s1);
    CHECK(s1->type == QuestionType::Scale);
    CHECK(s1->scaleMin == 0);
    CHECK(s1->scaleMax == 10);
    CHECK(s1->stepLabels.size() == 11);
    CHECK(s1->stepLabel(10) == "fully");
    CHECK(s1->weight == 2);
    CHECK(s1->required);

    CHECK_FALSE(t.question("y2")->yesIsGood);
    CHECK(t.question("n1")->isScored());
    CHECK_FALSE(t.question("n2")->higherIsBetter);
    CHECK_FALSE(t.question("n3")->isScored()); // a number without "scored" is information only
    CHECK(t.question("n3")->unit == "people");
    CHECK(t.question("c1")->options.size() == 3);
    CHECK(t.question("c2")->type == QuestionType::MultipleChoice);
    CHECK_FALSE(t.question("c3")->isScored()); // no option earns points
    CHECK_FALSE(t.question("t1")->isScored());

    REQUIRE(t.rules.size() == 2);
    CHECK(t.rules[0].measureKind == "innovation_audit");
    CHECK(t.rules[1].instrumentCode == "eu_ip_helpdesk");
    CHECK(t.rules[1].below == 40);
}

TEST_CASE("a scale whose max is not above min is refused with its JSON path", "[template][validation]") {
    auto errors = validateTemplate(templateFile("bad-scale-max.json"));
    INFO(listErrors(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "$.sections[2].questions[4].max");
    CHECK(errors[0].message == "must be greater than min");
    CHECK_THROWS_AS(parseTemplate(templateFile("bad-scale-max.json")), ValidationError);
}

TEST_CASE("a file that is not JSON is refused naming line and column", "[template][validation]") {
    auto errors = validateTemplate(templateFile("bad-syntax.json"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "$");
    CHECK(errors[0].message.find("not valid JSON") != std::string::npos);
    CHECK(errors[0].message.find("line 6") != std::string::npos);
}

TEST_CASE("every problem of a template is reported at once with its path", "[template][validation]") {
    auto errors = validateTemplate(templateFile("bad-many.json"));
    INFO(listErrors(errors));
    CHECK(hasError(errors, "$.id", "is not an identifier"));
    CHECK(hasError(errors, "$.version", "from 1 to 1000000"));
    CHECK(hasError(errors, "$.title", "must not be empty"));
    CHECK(hasError(errors, "$.language", "language code"));
    CHECK(hasError(errors, "$.sections[0].questions[0].labels", "one label per step: 5 labels"));
    CHECK(hasError(errors, "$.sections[0].questions[1].id", "already used by $.sections[0].questions[0]"));
    CHECK(hasError(errors, "$.sections[0].questions[1].requird", "is not used by a yes_no question"));
    CHECK(hasError(errors, "$.sections[0].questions[2].text", "is missing"));
    CHECK(hasError(errors, "$.sections[0].questions[3].type", "must be one of scale, yes_no"));
    CHECK(hasError(errors, "$.sections[0].questions[4].max", "is needed"));
    CHECK(hasError(errors, "$.sections[0].questions[5].options", "at least 2 options"));
    CHECK(hasError(errors, "$.sections[0].questions[6].options", "is not used by a yes_no question"));
    CHECK(hasError(errors, "$.sections[0].questions[7].weight", "must not be negative"));
    CHECK(hasError(errors, "$.sections[1].id", "already used by $.sections[0]"));
    CHECK(hasError(errors, "$.rules[0].section", "there is no section 'nowhere'"));
    CHECK(hasError(errors, "$.rules[1].below", "at most 100"));
    CHECK(hasError(errors, "$.rules[1]", "exactly one of"));
    CHECK(errors.size() == 17);
}

TEST_CASE("catalogue codes are checked only when a catalogue is given", "[template][validation]") {
    auto text = templateFile("bad-catalogue.json");
    CHECK(validateTemplate(text).empty());
    auto errors = validateTemplate(text, catalogue());
    INFO(listErrors(errors));
    REQUIRE(errors.size() == 3);
    CHECK(hasError(errors, "$.kind", "no audit kind 'astrology_audit'"));
    CHECK(hasError(errors, "$.rules[0].instrument", "no instrument 'sme_instrument_2014'"));
    CHECK(hasError(errors, "$.rules[1].measure_kind", "no support measure kind 'magic'"));
}

TEST_CASE("a rule on a section without scored questions is refused", "[template][validation]") {
    std::string text = R"({"id": "t", "version": 2, "title": "T", "kind": "k", "language": "ro",
        "sections": [{"id": "words", "title": "W", "questions": [{"id": "q", "text": "Q", "type": "text"}]}],
        "rules": [{"section": "words", "below": 50, "instrument": "een", "text": "x"}]})";
    auto errors = validateTemplate(text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "$.rules[0].section");
    CHECK(errors[0].message.find("no scored question") != std::string::npos);
}

TEST_CASE("the top level must be an object with the required keys", "[template][validation]") {
    auto errors = validateTemplate("[1, 2]");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "$");
    errors = validateTemplate("{}");
    CHECK(hasError(errors, "$.id", "is missing"));
    CHECK(hasError(errors, "$.sections", "is missing"));
    CHECK(errors.size() == 6);
}
