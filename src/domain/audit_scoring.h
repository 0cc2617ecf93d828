#pragma once

#include "domain/audit_template.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// Question id -> stored answer (see audit_answer.h). Unanswered questions are absent or empty.
using AnswerMap = std::map<std::string, std::string>;

struct SectionScore {
    std::string sectionId;
    std::string title;
    double weight = 1;
    // Weighted share of the points of the section's scored questions, 0..100. Optional questions left
    // unanswered are left out; required ones left unanswered count as 0 so a draft never overstates.
    // None while no scored question of the section is answered, or when the section has none.
    std::optional<double> percent;
    int questions = 0; // all questions, scored or not: for progress
    int answered = 0;
    std::vector<std::string> missingRequired; // question ids
};

struct AuditScore {
    std::vector<SectionScore> sections;
    // Section percentages averaged with the section weights, over the sections that have one.
    std::optional<double> overall;
    int questions = 0;
    int answered = 0;
    std::vector<std::string> missingRequired;

    const SectionScore* section(const std::string& sectionId) const;
    bool requiredAnswered() const { return missingRequired.empty(); }
};

AuditScore scoreAudit(const AuditTemplate& form, const AnswerMap& answers);

// A threshold rule of the template whose section scored below its threshold.
struct Suggestion {
    ThresholdRule rule;
    std::string sectionTitle;
    double sectionPercent = 0;
};

std::vector<Suggestion> suggestRecommendations(const AuditTemplate& form, const AuditScore& score);

// {"section_id": percent, ...} over the sections that have a percentage: what a completed audit keeps
// so that peer comparison can be computed in SQL.
std::string sectionPercentsJson(const AuditScore& score);

} // namespace clusterdesk
