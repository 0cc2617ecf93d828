#pragma once

#include "domain/enum_names.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace clusterdesk {

// An audit form template (docs/audit-templates.md): sections of questions, each of one type, read from
// a JSON file. Templates are data: the program bundles some and users import their own.
enum class QuestionType { Scale, YesNo, Number, SingleChoice, MultipleChoice, Text };
CLUSTERDESK_ENUM_NAMES(QuestionType, {QuestionType::Scale, "scale"}, {QuestionType::YesNo, "yes_no"},
                       {QuestionType::Number, "number"}, {QuestionType::SingleChoice, "single_choice"},
                       {QuestionType::MultipleChoice, "multiple_choice"}, {QuestionType::Text, "text"});

struct ChoiceOption {
    std::string id; // what an answer stores
    std::string label;
    double score = 0;
};

struct Question {
    std::string id; // unique in the whole template: answers are keyed by it
    std::string text;
    std::string help;
    QuestionType type = QuestionType::Text;
    double weight = 1;
    bool required = false;

    // scale: whole steps min..max, one label per step.
    int scaleMin = 0;
    int scaleMax = 0;
    std::vector<std::string> stepLabels;

    // yes_no: which answer earns the points ("no" for "Does the company depend on public funding?").
    bool yesIsGood = true;

    // number: unit and range; scored by position in the range only when scored is set.
    std::string unit;
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
    bool numberScored = false;
    bool higherIsBetter = true;

    // single_choice, multiple_choice
    std::vector<ChoiceOption> options;

    // True when an answer to this question counts towards the section's percentage.
    bool isScored() const;
    const ChoiceOption* option(std::string_view optionId) const;
    std::string stepLabel(int value) const;
};

struct Section {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1; // weight of the section's percentage in the overall percentage
    std::vector<Question> questions;
};

// "When section S scores below T %, suggest instrument I (or support measure kind M)."
struct ThresholdRule {
    std::string sectionId;
    double below = 0; // percent
    std::string instrumentCode;
    std::string measureKind;
    std::string text; // the recommendation as the consultant would write it
};

struct AuditTemplate {
    std::string id; // e.g. "technology_audit"
    int version = 1;
    std::string title;
    std::string kind; // audit kind catalogue code
    std::string language;
    std::string description;
    std::vector<Section> sections;
    std::vector<ThresholdRule> rules;

    const Section* section(std::string_view sectionId) const;
    const Question* question(std::string_view questionId) const;
    // "technology_audit@2": how stored audits name the exact version they were filled with.
    std::string key() const { return templateKey(id, version); }
    static std::string templateKey(const std::string& id, int version);
};

// Codes a template may use, from the database's catalogues. An empty set means "do not check".
struct TemplateCatalogue {
    std::set<std::string> auditKinds;
    std::set<std::string> instruments;
    std::set<std::string> measureKinds;
};

// Parses and validates a template; throws ValidationError whose fields are JSON paths
// ("$.sections[2].questions[4].max") when it is not valid, or when the text is not JSON at all.
AuditTemplate parseTemplate(std::string_view jsonText, const TemplateCatalogue& catalogue = {});

// The template's JSON with layout and key order normalised, to tell a re-import of the same version from
// a changed file; throws ValidationError when the text is not JSON.
std::string canonicalTemplateJson(std::string_view jsonText);

} // namespace clusterdesk
