#include "domain/audit_scoring.h"

#include "domain/audit_answer.h"

#include <nlohmann/json.hpp>

namespace clusterdesk {

const SectionScore* AuditScore::section(const std::string& sectionId) const {
    for (const auto& s : sections)
        if (s.sectionId == sectionId)
            return &s;
    return nullptr;
}

AuditScore scoreAudit(const AuditTemplate& form, const AnswerMap& answers) {
    AuditScore result;
    double overallPoints = 0;
    double overallWeight = 0;
    for (const auto& section : form.sections) {
        SectionScore score;
        score.sectionId = section.id;
        score.title = section.title;
        score.weight = section.weight;
        double earned = 0;
        double possible = 0;
        bool anyScoredAnswer = false;
        for (const auto& q : section.questions) {
            ++score.questions;
            auto it = answers.find(q.id);
            const std::string stored = it == answers.end() ? std::string{} : it->second;
            if (!stored.empty())
                ++score.answered;
            else if (q.required)
                score.missingRequired.push_back(q.id);
            if (!q.isScored() || q.weight <= 0)
                continue;
            if (auto fraction = answerFraction(q, stored)) {
                anyScoredAnswer = true;
                earned += q.weight * *fraction;
                possible += q.weight;
            } else if (q.required) {
                possible += q.weight;
            }
        }
        if (anyScoredAnswer && possible > 0) {
            score.percent = 100.0 * earned / possible;
            if (section.weight > 0) {
                overallPoints += section.weight * *score.percent;
                overallWeight += section.weight;
            }
        }
        result.questions += score.questions;
        result.answered += score.answered;
        result.missingRequired.insert(result.missingRequired.end(), score.missingRequired.begin(),
                                      score.missingRequired.end());
        result.sections.push_back(std::move(score));
    }
    if (overallWeight > 0)
        result.overall = overallPoints / overallWeight;
    return result;
}

std::vector<Suggestion> suggestRecommendations(const AuditTemplate& form, const AuditScore& score) {
    std::vector<Suggestion> suggestions;
    for (const auto& rule : form.rules) {
        const auto* section = score.section(rule.sectionId);
        if (section && section->percent && *section->percent < rule.below)
            suggestions.push_back({rule, section->title, *section->percent});
    }
    return suggestions;
}

std::string sectionPercentsJson(const AuditScore& score) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& s : score.sections)
        if (s.percent)
            object[s.sectionId] = *s.percent;
    return object.dump();
}

} // namespace clusterdesk
