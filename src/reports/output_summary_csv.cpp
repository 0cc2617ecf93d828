#include "reports/output_summary_csv.h"

#include "domain/text.h"
#include "io/csv_reader.h"
#include "reports/figure_format.h"
#include "reports/output_summary_json.h"
#include "reports/report_sections.h"

namespace clusterdesk {

namespace {
void writeRow(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields[i]);
    }
    out += "\r\n";
}

std::string clusterNames(const OutputSummary& summary) {
    std::string names;
    for (const auto& c : summary.clusters)
        names += (names.empty() ? "" : "; ") + fixRomanianLetters(c.name);
    return names;
}
} // namespace

std::string toCsv(const OutputSummary& summary) {
    const nlohmann::json json = toJson(summary);
    const nlohmann::json& clusters = json.at("clusters");
    std::string out = "\xEF\xBB\xBF";

    writeRow(out, {"Output summary"});
    writeRow(out, {"item", "value"});
    writeRow(out, {"Period from", summary.period.from.toString()});
    writeRow(out, {"Period to", summary.period.to.toString()});
    writeRow(out, {"Clusters", clusterNames(summary)});
    writeRow(out, {"Generated on", summary.generatedOn.toString()});
    writeRow(out, {"Overdue judged on", summary.referenceDate.toString()});

    std::vector<std::string> header = {"metric", "total"};
    for (const auto& c : summary.clusters)
        header.push_back(fixRomanianLetters(c.name));

    for (const auto& section : reportSections(summary)) {
        out += "\r\n";
        writeRow(out, {section.title});
        writeRow(out, header);
        for (const auto& line : section.lines) {
            std::vector<std::string> row = {line.label};
            row.push_back(plainFigure(section.perCluster ? totalOfClusters(clusters, line)
                                                         : figureValue(json.at("totals"), line),
                                      line.kind));
            for (const auto& cluster : clusters)
                row.push_back(plainFigure(figureValue(cluster, line), line.kind));
            writeRow(out, row);
        }
    }
    return out;
}

} // namespace clusterdesk
