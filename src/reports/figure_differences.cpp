#include "reports/figure_differences.h"

#include "domain/text.h"
#include "reports/figure_format.h"
#include "reports/output_summary_json.h"
#include "reports/report_sections.h"

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

struct Labels {
    std::map<std::string, ReportLine> lines;

    explicit Labels(const OutputSummary& summary) {
        for (const auto& section : reportSections(summary))
            for (const auto& line : section.lines)
                lines[line.pointer] = line;
    }

    // A figure the current report has no line for (a key only the sent report had) is named by its path.
    ReportLine lineFor(const std::string& pointer) const {
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
        return {pointer, label, FigureKind::Count};
    }
};

void compareFigures(const nlohmann::json& sent, const nlohmann::json& now, const std::string& scope,
                    const Labels& labels, std::vector<FigureDifference>& out) {
    Leaves sentLeaves, nowLeaves;
    flatten(sent, "", sentLeaves);
    flatten(now, "", nowLeaves);
    Leaves all = sentLeaves;
    all.insert(nowLeaves.begin(), nowLeaves.end());
    for (const auto& [pointer, ignored] : all) {
        if (!isFigureKey(pointer))
            continue;
        const auto s = sentLeaves.contains(pointer) ? sentLeaves[pointer] : nlohmann::json(nullptr);
        const auto n = nowLeaves.contains(pointer) ? nowLeaves[pointer] : nlohmann::json(nullptr);
        // A zero that one side lists and the other leaves out is no difference.
        const auto zeroOrNull = [](const nlohmann::json& v) {
            return v.is_null() || (v.is_number() && v == 0);
        };
        if (sameFigure(s, n) || (zeroOrNull(s) && zeroOrNull(n) && (s.is_null() != n.is_null())))
            continue;
        const ReportLine line = labels.lineFor(pointer);
        out.push_back({scope, line.label, printedFigure(s, line.kind), printedFigure(n, line.kind)});
    }
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
