#include "domain/audit_template.h"

#include "domain/error.h"
#include "domain/template_json.h"

namespace clusterdesk {

namespace {
using nlohmann::json;

std::string textOf(const json& object, const char* key) {
    return object.contains(key) ? object[key].get<std::string>() : std::string{};
}

double numberOf(const json& object, const char* key, double fallback) {
    return object.contains(key) ? object[key].get<double>() : fallback;
}

std::optional<double> optionalNumber(const json& object, const char* key) {
    return object.contains(key) ? std::optional<double>(object[key].get<double>()) : std::nullopt;
}

bool flagOf(const json& object, const char* key, bool fallback) {
    return object.contains(key) ? object[key].get<bool>() : fallback;
}

// Called on a document that validated, so every key has the type the format asks for.
Question questionFrom(const json& q) {
    Question question;
    question.id = textOf(q, "id");
    question.text = textOf(q, "text");
    question.help = textOf(q, "help");
    question.type = *fromCode<QuestionType>(textOf(q, "type"));
    question.weight = numberOf(q, "weight", 1);
    question.required = flagOf(q, "required", false);
    switch (question.type) {
    case QuestionType::Scale:
        question.scaleMin = static_cast<int>(q["min"].get<double>());
        question.scaleMax = static_cast<int>(q["max"].get<double>());
        for (const auto& label : q["labels"])
            question.stepLabels.push_back(label.get<std::string>());
        break;
    case QuestionType::YesNo:
        question.yesIsGood = textOf(q, "good_answer") != "no";
        break;
    case QuestionType::Number:
        question.unit = textOf(q, "unit");
        question.rangeMin = optionalNumber(q, "min");
        question.rangeMax = optionalNumber(q, "max");
        question.numberScored = flagOf(q, "scored", false);
        question.higherIsBetter = flagOf(q, "higher_is_better", true);
        break;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        for (const auto& o : q["options"])
            question.options.push_back({textOf(o, "id"), textOf(o, "label"), numberOf(o, "score", 0)});
        break;
    case QuestionType::Text:
        break;
    }
    return question;
}
} // namespace

bool Question::isScored() const {
    switch (type) {
    case QuestionType::Scale:
    case QuestionType::YesNo:
        return true;
    case QuestionType::Number:
        return numberScored && rangeMin && rangeMax && *rangeMax > *rangeMin;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        for (const auto& o : options)
            if (o.score > 0)
                return true;
        return false;
    case QuestionType::Text:
        return false;
    }
    return false;
}

const ChoiceOption* Question::option(std::string_view optionId) const {
    for (const auto& o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

std::string Question::stepLabel(int value) const {
    int index = value - scaleMin;
    if (index < 0 || static_cast<std::size_t>(index) >= stepLabels.size())
        return {};
    return stepLabels[static_cast<std::size_t>(index)];
}

const Section* AuditTemplate::section(std::string_view sectionId) const {
    for (const auto& s : sections)
        if (s.id == sectionId)
            return &s;
    return nullptr;
}

const Question* AuditTemplate::question(std::string_view questionId) const {
    for (const auto& s : sections)
        for (const auto& q : s.questions)
            if (q.id == questionId)
                return &q;
    return nullptr;
}

std::string AuditTemplate::templateKey(const std::string& id, int version) {
    return id + "@" + std::to_string(version);
}

AuditTemplate parseTemplate(std::string_view jsonText, const TemplateCatalogue& catalogue) {
    std::vector<FieldError> errors;
    auto doc = template_json::parseDocument(jsonText, errors);
    if (doc)
        errors = template_json::validateDocument(*doc, catalogue);
    if (!errors.empty())
        throw ValidationError(std::move(errors));

    AuditTemplate t;
    t.id = textOf(*doc, "id");
    t.version = (*doc)["version"].get<int>();
    t.title = textOf(*doc, "title");
    t.kind = textOf(*doc, "kind");
    t.language = textOf(*doc, "language");
    t.description = textOf(*doc, "description");
    for (const auto& s : (*doc)["sections"]) {
        Section section;
        section.id = textOf(s, "id");
        section.title = textOf(s, "title");
        section.description = textOf(s, "description");
        section.weight = numberOf(s, "weight", 1);
        for (const auto& q : s["questions"])
            section.questions.push_back(questionFrom(q));
        t.sections.push_back(std::move(section));
    }
    if (doc->contains("rules"))
        for (const auto& r : (*doc)["rules"])
            t.rules.push_back({textOf(r, "section"), r["below"].get<double>(), textOf(r, "instrument"),
                               textOf(r, "measure_kind"), textOf(r, "text")});
    return t;
}

std::string canonicalTemplateJson(std::string_view jsonText) {
    std::vector<FieldError> errors;
    auto doc = template_json::parseDocument(jsonText, errors);
    if (!doc)
        throw ValidationError(std::move(errors));
    return doc->dump();
}

} // namespace clusterdesk
