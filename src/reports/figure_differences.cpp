#include "reports/figure_differences.h"

#include "domain/text.h"
#include "reports/figure_format.h"
#include "reports/output_summary_json.h"
#include "reports/report_sections.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace clusterdesk {

namespace {
using Leaves = std::map<std::string, nlohmann::json>; // JSON pointer -> value

void flatten(const nlohmann::json& value, const std::string& pointer, Leaves& out) {
    if (value.is_object()) {
        for (const auto& [key, child] : value.items())
            flatten(child, pointer + "/" + key, out);
    } else {
        out[pointer] = value;
    }
}

bool sameFigure(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.is_number() && b.is_number())
        return std::fabs(a.get<double>() - b.get<double>()) < 0.005;
    return a == b;
}

bool isFigureKey(const std::string& pointer) {
    return pointer != "/id" && pointer != "/name";
}

// How the report tables name each figure, in the order they show them. A figure kept as a map gets its
// section's name in front ("Recommendations by status: Accepted"), since its key alone is ambiguous.
struct Labels {
    struct Entry {
        std::size_t order;
        ReportLine line;
    };
    std::map<std::string, Entry> lines;

    explicit Labels(const OutputSummary& summary) {
        for (const auto& section : reportSections(summary))
            for (auto line : section.lines) {
                if (line.pointer.starts_with("/" + section.key + "/"))
                    line.label = section.title + ": " + line.label;
                lines.emplace(line.pointer, Entry{lines.size(), line});
            }
    }

    // A figure the current report has no line for (a key only the sent report had) is named by its path.
    Entry entryFor(const std::string& pointer) const {
        if (auto it = lines.find(pointer); it != lines.end())
            return it->second;
        std::string label;
        std::size_t start = 1;
        while (start <= pointer.size()) {
            auto end = pointer.find('/', start);
            if (end == std::string::npos)
                end = pointer.size();
            label += (label.empty() ? "" : ": ") + readableCode(pointer.substr(start, end - start));
            start = end + 1;
        }
        return {lines.size(), {pointer, label, FigureKind::Count}};
    }
};

// The value at pointer; 0 for a key that a map figure does not list (a count of none).
nlohmann::json leafAt(const nlohmann::json& figures, const Leaves& leaves, const std::string& pointer) {
    if (auto it = leaves.find(pointer); it != leaves.end())
        return it->second;
    const nlohmann::json::json_pointer path(pointer);
    if (figures.contains(path.parent_pointer()) && figures.at(path.parent_pointer()).is_object())
        return 0;
    return nullptr;
}

void compareFigures(const nlohmann::json& sent, const nlohmann::json& now, const std::string& scope,
                    const Labels& labels, std::vector<FigureDifference>& out) {
    Leaves sentLeaves, nowLeaves;
    flatten(sent, "", sentLeaves);
    flatten(now, "", nowLeaves);
    Leaves all = sentLeaves;
    all.insert(nowLeaves.begin(), nowLeaves.end());
    std::vector<std::pair<std::size_t, FigureDifference>> found;
    for (const auto& [pointer, ignored] : all) {
        if (!isFigureKey(pointer))
            continue;
        const auto s = leafAt(sent, sentLeaves, pointer);
        const auto n = leafAt(now, nowLeaves, pointer);
        if (sameFigure(s, n))
            continue;
        const auto entry = labels.entryFor(pointer);
        found.push_back({entry.order,
                         {scope, entry.line.label, printedFigure(s, entry.line.kind),
                          printedFigure(n, entry.line.kind)}});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order, difference] : found)
        out.push_back(std::move(difference));
}

const nlohmann::json* clusterById(const nlohmann::json& clusters, const std::string& id) {
    for (const auto& c : clusters)
        if (c.value("id", "") == id)
            return &c;
    return nullptr;
}
} // namespace

std::vector<FigureDifference> compareWithSent(const nlohmann::json& sent, const OutputSummary& now,
                                              bool allClusters) {
    const nlohmann::json nowJson = toJson(now);
    const Labels labels(now);
    const nlohmann::json emptyArray = nlohmann::json::array();
    const nlohmann::json& sentClusters = sent.contains("clusters") ? sent.at("clusters") : emptyArray;
    std::vector<FigureDifference> out;
    if (allClusters && sent.contains("totals"))
        compareFigures(sent.at("totals"), nowJson.at("totals"), "All clusters", labels, out);
    for (const auto& cluster : nowJson.at("clusters")) {
        const std::string name = fixRomanianLetters(cluster.value("name", ""));
        if (const auto* sentCluster = clusterById(sentClusters, cluster.value("id", "")))
            compareFigures(*sentCluster, cluster, name, labels, out);
        else
            out.push_back({name, "Cluster", "not in the report", "in the report"});
    }
    if (allClusters)
        for (const auto& sentCluster : sentClusters)
            if (!clusterById(nowJson.at("clusters"), sentCluster.value("id", "")))
                out.push_back({fixRomanianLetters(sentCluster.value("name", "")), "Cluster", "in the report",
                               "deleted since"});
    return out;
}

} // namespace clusterdesk
