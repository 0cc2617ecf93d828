#include "reports/report_sections.h"

#include "domain/outcome.h"
#include "domain/visit.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace clusterdesk {

namespace {
std::string nameOf(const OutputSummary& summary, const std::string& code) {
    auto it = summary.catalogueNames.find(code);
    return it != summary.catalogueNames.end() ? it->second : readableCode(code);
}

// Map figures list their keys in the given order first, then by label, with "none" and "other" last.
template <class Map>
void addMapLines(ReportSection& section, const std::string& figure, const Map& keys,
                 const std::function<std::string(const std::string&)>& label, FigureKind kind,
                 const std::vector<std::string>& order = {}) {
    struct Keyed {
        std::size_t rank;
        ReportLine line;
    };
    std::vector<Keyed> lines;
    for (const auto& entry : keys) {
        std::string key;
        if constexpr (std::is_same_v<typename Map::key_type, int>)
            key = std::to_string(entry.first);
        else
            key = entry.first;
        auto rank = static_cast<std::size_t>(std::find(order.begin(), order.end(), key) - order.begin());
        if (key == "none" || key == "other")
            rank = order.size() + 1;
        lines.push_back({rank, {"/" + figure + "/" + key, label(key), kind}});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Keyed& a, const Keyed& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return std::lexicographical_compare(
            a.line.label.begin(), a.line.label.end(), b.line.label.begin(), b.line.label.end(),
            [](unsigned char x, unsigned char y) { return std::tolower(x) < std::tolower(y); });
    });
    for (auto& keyed : lines)
        section.lines.push_back(std::move(keyed.line));
}

template <class E> std::vector<std::string> codesOf() {
    std::vector<std::string> codes;
    for (const auto& [value, code] : EnumNames<E>::values)
        codes.emplace_back(code);
    return codes;
}

const char* phaseName(const std::string& phase) {
    if (phase == "1")
        return "phase 1, information seminars";
    if (phase == "2")
        return "phase 2, company visits";
    return "phase 3, enhanced support";
}
} // namespace

std::string readableCode(const std::string& code) {
    std::string text = code;
    for (char& c : text)
        if (c == '_')
            c = ' ';
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::vector<ReportSection> reportSections(const OutputSummary& summary) {
    const OutputFigures& t = summary.totals;
    auto catalogueName = [&](const std::string& code) { return nameOf(summary, code); };
    std::vector<ReportSection> sections;

    sections.push_back({"outputs",
                        "Outputs",
                        {{"/seminars", "Information seminars", FigureKind::Count},
                         {"/seminar_companies", "Companies that attended a seminar", FigureKind::Count},
                         {"/seminar_participants", "People that attended a seminar", FigureKind::Count},
                         {"/visits", "Company visits", FigureKind::Count},
                         {"/recommendations", "Recommendations", FigureKind::Count}}});

    ReportSection audits{"audits", "Audits by kind", {}};
    addMapLines(audits, "audits", t.audits, catalogueName, FigureKind::Count,
                {audit_kind::kTechnologyAudit, audit_kind::kBusinessReview, audit_kind::kInnovationAudit,
                 audit_kind::kEcoInnovationAudit});
    sections.push_back(std::move(audits));

    ReportSection byInstrument{"recommendations_by_instrument", "Recommendations by instrument", {}};
    byInstrument.hideZeroRows = true;
    addMapLines(
        byInstrument, "recommendations_by_instrument", t.recommendationsByInstrument,
        [&](const std::string& code) {
            return code == "none" ? std::string("No instrument") : catalogueName(code);
        },
        FigureKind::Count);
    sections.push_back(std::move(byInstrument));

    ReportSection byStatus{"recommendations_by_status", "Recommendations by status", {}};
    addMapLines(byStatus, "recommendations_by_status", t.recommendationsByStatus, readableCode,
                FigureKind::Count);
    sections.push_back(std::move(byStatus));

    ReportSection measures{"support_measures", "Enhanced support measures by kind", {}};
    measures.hideZeroRows = true;
    addMapLines(measures, "support_measures", t.supportMeasures, catalogueName, FigureKind::Count);
    sections.push_back(std::move(measures));

    ReportSection resources{
        "resources",
        "Resources",
        {{"/expert_days", "Expert days", FigureKind::Days}, {"/cost_eur", "Cost (EUR)", FigureKind::Euro}}};
    addMapLines(
        resources, "expert_days_by_phase", t.expertDaysByPhase,
        [](const std::string& p) { return std::string("Expert days, ") + phaseName(p); }, FigureKind::Days);
    addMapLines(
        resources, "cost_eur_by_phase", t.costEurByPhase,
        [](const std::string& p) { return std::string("Cost (EUR), ") + phaseName(p); }, FigureKind::Euro);
    sections.push_back(std::move(resources));

    ReportSection outcomes{"outcomes",
                           "Outcomes",
                           {{"/agreements", "Partnership agreements", FigureKind::Count},
                            {"/funding_applications", "Funding applications", FigureKind::Count}}};
    addMapLines(
        outcomes, "funding_by_status", t.fundingByStatus,
        [](const std::string& s) { return "Funding applications " + s; }, FigureKind::Count,
        codesOf<FundingStatus>());
    outcomes.lines.push_back({"/funding_requested_eur", "Funding requested (EUR)", FigureKind::Euro});
    outcomes.lines.push_back({"/certifications", "Certifications", FigureKind::Count});
    sections.push_back(std::move(outcomes));

    sections.push_back({"follow_up",
                        "Follow-up",
                        {{"/follow_ups/open", "Open follow-ups", FigureKind::Count},
                         {"/follow_ups/overdue", "Overdue follow-ups", FigureKind::Count},
                         {"/follow_ups/done", "Follow-ups done", FigureKind::Count},
                         {"/follow_ups/contact_attempts", "Contact attempts", FigureKind::Count},
                         {"/follow_ups/answered", "Contact attempts answered", FigureKind::Count},
                         {"/follow_ups/response_rate", "Response rate", FigureKind::Ratio}}});

    sections.push_back({"funnel",
                        "Funnel at the end of the period",
                        {{"/funnel/informed", "Companies informed", FigureKind::Count},
                         {"/funnel/visited", "Companies visited", FigureKind::Count},
                         {"/funnel/enhanced", "Companies in enhanced support", FigureKind::Count}}});

    sections.push_back({"labels_budgets",
                        "Labels and budgets",
                        {{"/label", "Excellence label", FigureKind::Text},
                         {"/label_expires", "Label expires", FigureKind::Text},
                         {"/budget_days", "Budget (expert days)", FigureKind::Days},
                         {"/budget_eur", "Budget (EUR)", FigureKind::Euro}},
                        true});
    return sections;
}

nlohmann::json figureValue(const nlohmann::json& figures, const ReportLine& line) {
    const nlohmann::json::json_pointer pointer(line.pointer);
    if (figures.contains(pointer))
        return figures.at(pointer);
    // A key of a map figure that this scope or period never had: none of them.
    if (figures.contains(pointer.parent_pointer()) && figures.at(pointer.parent_pointer()).is_object())
        return 0;
    return nullptr;
}

nlohmann::json totalOfClusters(const nlohmann::json& clusters, const ReportLine& line) {
    if (line.kind == FigureKind::Text)
        return nullptr;
    bool any = false;
    double sum = 0;
    for (const auto& cluster : clusters) {
        const auto value = figureValue(cluster, line);
        if (value.is_number()) {
            any = true;
            sum += value.get<double>();
        }
    }
    return any ? nlohmann::json(sum) : nlohmann::json(nullptr);
}

} // namespace clusterdesk
