#include "reports/output_summary_json.h"

#include <cmath>

namespace clusterdesk {

namespace {
double hundredths(double value) {
    return std::round(value * 100.0) / 100.0;
}

nlohmann::json optionalNumber(const std::optional<double>& value) {
    return value ? nlohmann::json(hundredths(*value)) : nlohmann::json(nullptr);
}

nlohmann::json byPhase(const std::map<int, double>& values) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [phase, value] : values)
        out[std::to_string(phase)] = hundredths(value);
    return out;
}
} // namespace

nlohmann::json toJson(const OutputFigures& f) {
    const auto& u = f.followUps;
    nlohmann::json responseRate = nullptr;
    if (u.responseRate)
        responseRate = std::round(*u.responseRate * 10000.0) / 10000.0;
    return {
        {"seminars", f.seminars},
        {"seminar_companies", f.seminarCompanies},
        {"seminar_participants", f.seminarParticipants},
        {"visits", f.visits},
        {"audits", f.audits},
        {"recommendations", f.recommendations},
        {"recommendations_by_instrument", f.recommendationsByInstrument},
        {"recommendations_by_status", f.recommendationsByStatus},
        {"support_measures", f.supportMeasures},
        {"expert_days", hundredths(f.expertDays)},
        {"cost_eur", hundredths(f.costEur)},
        {"expert_days_by_phase", byPhase(f.expertDaysByPhase)},
        {"cost_eur_by_phase", byPhase(f.costEurByPhase)},
        {"agreements", f.agreements},
        {"funding_applications", f.fundingApplications},
        {"funding_by_status", f.fundingByStatus},
        {"funding_requested_eur", hundredths(f.fundingRequestedEur)},
        {"certifications", f.certifications},
        {"follow_ups",
         {{"open", u.open},
          {"overdue", u.overdue},
          {"done", u.done},
          {"contact_attempts", u.contactAttempts},
          {"answered", u.answered},
          {"response_rate", responseRate}}},
        {"funnel",
         {{"informed", f.funnel.informed}, {"visited", f.funnel.visited}, {"enhanced", f.funnel.enhanced}}},
    };
}

nlohmann::json toJson(const OutputSummary& summary) {
    nlohmann::json clusters = nlohmann::json::array();
    for (const auto& c : summary.clusters) {
        nlohmann::json cluster = toJson(c.figures);
        cluster["id"] = c.id;
        cluster["name"] = c.name;
        cluster["label"] = c.label;
        cluster["label_expires"] = c.labelExpires;
        cluster["budget_days"] = optionalNumber(c.budgetDays);
        cluster["budget_eur"] = optionalNumber(c.budgetEur);
        clusters.push_back(std::move(cluster));
    }
    return {
        {"period", {{"from", summary.period.from.toString()}, {"to", summary.period.to.toString()}}},
        {"totals", toJson(summary.totals)},
        {"clusters", std::move(clusters)},
        {"generated_on", summary.generatedOn.toString()},
        {"reference_date", summary.referenceDate.toString()},
    };
}

} // namespace clusterdesk
