// Template validation works on the JSON document rather than on the parsed model, so that every message
// can name the exact path of the value a user has to fix.
#include "domain/audit_template_validation.h"

#include "domain/template_json.h"

#include <cmath>
#include <map>
#include <regex>
#include <set>

namespace clusterdesk {

namespace template_json {

namespace {
using nlohmann::json;

const std::regex kIdPattern("[a-z0-9][a-z0-9_.-]{0,63}");
const std::regex kLanguagePattern("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

std::string typeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "true/false";
    default:
        return "a number";
    }
}

std::string inQuotes(const std::string& text) {
    return "'" + text + "'";
}

class Checker {
public:
    explicit Checker(const TemplateCatalogue& catalogue)
        : m_catalogue(catalogue) {}

    std::vector<FieldError> take() { return std::move(m_errors); }

    void add(const std::string& path, std::string message) { m_errors.push_back({path, std::move(message)}); }

    void document(const json& doc) {
        if (!doc.is_object()) {
            add("$", "a template must be a JSON object, found " + typeName(doc));
            return;
        }
        keys(doc, "$", {"id", "version", "title", "kind", "language", "description", "sections", "rules"},
             {"id", "version", "title", "kind", "language", "sections"});
        identifier(doc, "$", "id");
        if (doc.contains("version")) {
            const auto& v = doc["version"];
            if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 1000000)
                add("$.version", "must be a whole number from 1 to 1000000, found " + v.dump());
        }
        text(doc, "$", "title");
        optionalText(doc, "$", "description");
        if (text(doc, "$", "kind") && !m_catalogue.auditKinds.empty() &&
            !m_catalogue.auditKinds.contains(doc["kind"].get<std::string>()))
            add("$.kind",
                "there is no audit kind " + inQuotes(doc["kind"].get<std::string>()) + " in the catalogue");
        if (text(doc, "$", "language") &&
            !std::regex_match(doc["language"].get<std::string>(), kLanguagePattern))
            add("$.language", "must be a language code such as \"en\" or \"ro\"");
        if (doc.contains("sections"))
            sections(doc["sections"]);
        if (doc.contains("rules"))
            rules(doc["rules"]);
    }

private:
    // Reports unknown keys (a typo such as "requird" would otherwise be ignored silently) and missing ones.
    void keys(const json& object, const std::string& path, const std::set<std::string>& allowed,
              const std::set<std::string>& required, const std::string& unknownReason = "unknown key") {
        for (const auto& [key, value] : object.items())
            if (!allowed.contains(key))
                add(path + "." + key, unknownReason);
        for (const auto& key : required)
            if (!object.contains(key))
                add(path + "." + key, "is missing");
    }

    bool text(const json& object, const std::string& path, const std::string& key) {
        if (!object.contains(key))
            return false;
        const auto& v = object[key];
        if (!v.is_string()) {
            add(path + "." + key, "must be a string, found " + typeName(v));
            return false;
        }
        if (v.get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
            add(path + "." + key, "must not be empty");
            return false;
        }
        return true;
    }

    void optionalText(const json& object, const std::string& path, const std::string& key) {
        if (object.contains(key) && !object[key].is_string())
            add(path + "." + key, "must be a string, found " + typeName(object[key]));
    }

    bool identifier(const json& object, const std::string& path, const std::string& key) {
        if (!text(object, path, key))
            return false;
        if (!std::regex_match(object[key].get<std::string>(), kIdPattern)) {
            add(path + "." + key, inQuotes(object[key].get<std::string>()) +
                                      " is not an identifier: use lower-case letters, digits, '_', '-' or "
                                      "'.', starting with a letter or digit (at most 64)");
            return false;
        }
        return true;
    }

    std::optional<double> number(const json& object, const std::string& path, const std::string& key) {
        if (!object.contains(key))
            return std::nullopt;
        const auto& v = object[key];
        if (!v.is_number()) {
            add(path + "." + key, "must be a number, found " + typeName(v));
            return std::nullopt;
        }
        return v.get<double>();
    }

    std::optional<long long> integer(const json& object, const std::string& path, const std::string& key) {
        if (!object.contains(key))
            return std::nullopt;
        const auto& v = object[key];
        if (!v.is_number_integer() &&
            !(v.is_number_float() && v.get<double>() == std::floor(v.get<double>()))) {
            add(path + "." + key, "must be a whole number, found " + v.dump());
            return std::nullopt;
        }
        return v.get<long long>();
    }

    void boolean(const json& object, const std::string& path, const std::string& key) {
        if (object.contains(key) && !object[key].is_boolean())
            add(path + "." + key, "must be true or false, found " + object[key].dump());
    }

    void weight(const json& object, const std::string& path) {
        if (auto w = number(object, path, "weight"); w && (*w < 0 || !std::isfinite(*w)))
            add(path + ".weight", "must not be negative");
    }

    void sections(const json& list) {
        if (!list.is_array() || list.empty()) {
            add("$.sections", "must be a non-empty array of sections");
            return;
        }
        for (std::size_t s = 0; s < list.size(); ++s) {
            std::string path = "$.sections[" + std::to_string(s) + "]";
            const auto& section = list[s];
            if (!section.is_object()) {
                add(path, "a section must be an object, found " + typeName(section));
                continue;
            }
            keys(section, path, {"id", "title", "description", "weight", "questions"},
                 {"id", "title", "questions"});
            if (identifier(section, path, "id")) {
                auto id = section["id"].get<std::string>();
                if (auto [it, fresh] = m_sectionPaths.emplace(id, path); !fresh)
                    add(path + ".id", "section id " + inQuotes(id) + " is already used by " + it->second);
            }
            text(section, path, "title");
            optionalText(section, path, "description");
            weight(section, path);
            if (!section.contains("questions"))
                continue;
            const auto& questions = section["questions"];
            if (!questions.is_array() || questions.empty()) {
                add(path + ".questions", "must be a non-empty array of questions");
                continue;
            }
            bool scored = false;
            for (std::size_t q = 0; q < questions.size(); ++q)
                scored |= question(questions[q], path + ".questions[" + std::to_string(q) + "]");
            if (section.contains("id") && section["id"].is_string() && scored)
                m_scoredSections.insert(section["id"].get<std::string>());
        }
    }

    // Returns true when the question is scored.
    bool question(const json& q, const std::string& path) {
        if (!q.is_object()) {
            add(path, "a question must be an object, found " + typeName(q));
            return false;
        }
        for (const char* key : {"id", "text"})
            if (!q.contains(key))
                add(path + "." + key, "is missing");
        if (identifier(q, path, "id")) {
            auto id = q["id"].get<std::string>();
            if (auto [it, fresh] = m_questionPaths.emplace(id, path); !fresh)
                add(path + ".id", "question id " + inQuotes(id) + " is already used by " + it->second);
        }
        text(q, path, "text");
        optionalText(q, path, "help");
        weight(q, path);
        boolean(q, path, "required");

        std::set<std::string> common{"id", "text", "help", "type", "weight", "required"};
        if (!q.contains("type")) {
            add(path + ".type", "is missing");
            return false;
        }
        if (!q["type"].is_string() || !fromCode<QuestionType>(q["type"].get<std::string>())) {
            add(path + ".type", "must be one of " + allCodes<QuestionType>() + ", found " + q["type"].dump());
            return false;
        }
        auto type = *fromCode<QuestionType>(q["type"].get<std::string>());
        std::string typeCode = toCode(type);
        auto typeKeys = [&](std::set<std::string> own, std::set<std::string> required) {
            own.insert(common.begin(), common.end());
            keys(q, path, own, required, "is not used by a " + typeCode + " question");
        };
        switch (type) {
        case QuestionType::Scale:
            typeKeys({"min", "max", "labels"}, {"min", "max", "labels"});
            return scale(q, path);
        case QuestionType::YesNo:
            typeKeys({"good_answer"}, {});
            if (q.contains("good_answer") && q["good_answer"] != "yes" && q["good_answer"] != "no")
                add(path + ".good_answer", "must be \"yes\" or \"no\", found " + q["good_answer"].dump());
            return true;
        case QuestionType::Number:
            typeKeys({"unit", "min", "max", "scored", "higher_is_better"}, {"unit"});
            return numberQuestion(q, path);
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            typeKeys({"options"}, {"options"});
            return choice(q, path);
        case QuestionType::Text:
            typeKeys({}, {});
            return false;
        }
        return false;
    }

    bool scale(const json& q, const std::string& path) {
        auto min = integer(q, path, "min");
        auto max = integer(q, path, "max");
        if (!min || !max)
            return false;
        if (*max <= *min) {
            add(path + ".max", "must be greater than min");
            return false;
        }
        if (*max - *min > 100) {
            add(path + ".max", "a scale has at most 101 steps");
            return false;
        }
        if (!q.contains("labels"))
            return true;
        const auto& labels = q["labels"];
        auto steps = static_cast<std::size_t>(*max - *min + 1);
        if (!labels.is_array()) {
            add(path + ".labels", "must be an array of strings, one per step");
            return true;
        }
        if (labels.size() != steps)
            add(path + ".labels", "needs one label per step: " + std::to_string(steps) + " labels for " +
                                      std::to_string(*min) + ".." + std::to_string(*max) + ", found " +
                                      std::to_string(labels.size()));
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (!labels[i].is_string())
                add(path + ".labels[" + std::to_string(i) + "]",
                    "must be a string, found " + typeName(labels[i]));
        return true;
    }

    bool numberQuestion(const json& q, const std::string& path) {
        optionalText(q, path, "unit");
        boolean(q, path, "scored");
        boolean(q, path, "higher_is_better");
        auto min = number(q, path, "min");
        auto max = number(q, path, "max");
        bool scored = q.contains("scored") && q["scored"] == true;
        if (min && max && *max <= *min) {
            add(path + ".max", "must be greater than min");
            return false;
        }
        if (scored && (!q.contains("min") || !q.contains("max"))) {
            add(path + (q.contains("min") ? ".max" : ".min"),
                "is needed: a scored number question is scored by its position between min and max");
            return false;
        }
        if (!scored && q.contains("higher_is_better"))
            add(path + ".higher_is_better", "only applies when \"scored\" is true");
        return scored;
    }

    bool choice(const json& q, const std::string& path) {
        const auto& options = q["options"];
        if (!options.is_array() || options.size() < 2) {
            add(path + ".options", "must be an array of at least 2 options");
            return false;
        }
        std::map<std::string, std::string> ids;
        bool scored = false;
        for (std::size_t i = 0; i < options.size(); ++i) {
            std::string optionPath = path + ".options[" + std::to_string(i) + "]";
            const auto& option = options[i];
            if (!option.is_object()) {
                add(optionPath,
                    "an option must be an object with id, label and score, found " + typeName(option));
                continue;
            }
            keys(option, optionPath, {"id", "label", "score"}, {"id", "label"});
            if (identifier(option, optionPath, "id")) {
                auto id = option["id"].get<std::string>();
                if (auto [it, fresh] = ids.emplace(id, optionPath); !fresh)
                    add(optionPath + ".id",
                        "option id " + inQuotes(id) + " is already used by " + it->second);
            }
            text(option, optionPath, "label");
            if (auto score = number(option, optionPath, "score")) {
                if (*score < 0 || !std::isfinite(*score))
                    add(optionPath + ".score", "must not be negative");
                else if (*score > 0)
                    scored = true;
            }
        }
        return scored;
    }

    void rules(const json& list) {
        if (!list.is_array()) {
            add("$.rules", "must be an array of rules");
            return;
        }
        for (std::size_t r = 0; r < list.size(); ++r) {
            std::string path = "$.rules[" + std::to_string(r) + "]";
            const auto& rule = list[r];
            if (!rule.is_object()) {
                add(path, "a rule must be an object, found " + typeName(rule));
                continue;
            }
            keys(rule, path, {"section", "below", "instrument", "measure_kind", "text"},
                 {"section", "below", "text"});
            if (text(rule, path, "section")) {
                auto id = rule["section"].get<std::string>();
                if (!m_sectionPaths.contains(id))
                    add(path + ".section", "there is no section " + inQuotes(id));
                else if (!m_scoredSections.contains(id))
                    add(path + ".section",
                        "section " + inQuotes(id) + " has no scored question, so it never has a score");
            }
            if (auto below = number(rule, path, "below"); below && (*below <= 0 || *below > 100))
                add(path + ".below", "must be a percentage above 0 and at most 100");
            text(rule, path, "text");
            bool hasInstrument = rule.contains("instrument");
            bool hasMeasure = rule.contains("measure_kind");
            if (hasInstrument == hasMeasure)
                add(path, "needs exactly one of \"instrument\" or \"measure_kind\" to suggest");
            if (hasInstrument && text(rule, path, "instrument") && !m_catalogue.instruments.empty() &&
                !m_catalogue.instruments.contains(rule["instrument"].get<std::string>()))
                add(path + ".instrument", "there is no instrument " +
                                              inQuotes(rule["instrument"].get<std::string>()) +
                                              " in the catalogue");
            if (hasMeasure && text(rule, path, "measure_kind") && !m_catalogue.measureKinds.empty() &&
                !m_catalogue.measureKinds.contains(rule["measure_kind"].get<std::string>()))
                add(path + ".measure_kind", "there is no support measure kind " +
                                                inQuotes(rule["measure_kind"].get<std::string>()) +
                                                " in the catalogue");
        }
    }

    const TemplateCatalogue& m_catalogue;
    std::vector<FieldError> m_errors;
    std::map<std::string, std::string> m_sectionPaths;
    std::map<std::string, std::string> m_questionPaths;
    std::set<std::string> m_scoredSections;
};
} // namespace

std::optional<nlohmann::json> parseDocument(std::string_view text, std::vector<FieldError>& errors) {
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        std::string message = e.what();
        if (auto at = message.find("parse error"); at != std::string::npos)
            message = message.substr(at);
        errors.push_back({"$", "not valid JSON: " + message});
        return std::nullopt;
    }
}

std::vector<FieldError> validateDocument(const nlohmann::json& doc, const TemplateCatalogue& catalogue) {
    Checker checker(catalogue);
    checker.document(doc);
    return checker.take();
}

} // namespace template_json

std::vector<FieldError> validateTemplate(std::string_view jsonText, const TemplateCatalogue& catalogue) {
    std::vector<FieldError> errors;
    auto doc = template_json::parseDocument(jsonText, errors);
    if (!doc)
        return errors;
    return template_json::validateDocument(*doc, catalogue);
}

} // namespace clusterdesk
