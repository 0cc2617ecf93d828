#include "reports/summary_exports.h"

#include "io/csv_reader.h"
#include "reports/output_summary_csv.h"
#include "reports/output_summary_json.h"

namespace clusterdesk {

namespace {
nlohmann::json differencesJson(const SentComparison& comparison) {
    nlohmann::json differences = nlohmann::json::array();
    for (const auto& d : comparison.differences)
        differences.push_back({{"scope", d.scope}, {"figure", d.figure}, {"sent", d.sent}, {"now", d.now}});
    return {{"quarter", comparison.closed.quarter},
            {"closed_at", comparison.closed.closedAt},
            {"closed_by", comparison.closed.closedBy},
            {"pdf_sha256", comparison.closed.pdfSha256},
            {"differences", differences}};
}

std::string csvDifferences(const SentComparison& comparison) {
    std::string csv = "\r\nChanges since " + comparison.closed.quarter + " was sent (closed " +
                      comparison.closed.closedAt.substr(0, 10) + ")\r\nscope,figure,sent,now\r\n";
    for (const auto& d : comparison.differences)
        csv += csvField(d.scope) + "," + csvField(d.figure) + "," + csvField(d.sent) + "," + csvField(d.now) +
               "\r\n";
    return csv;
}
} // namespace

std::string summaryCsvFile(const OutputSummary& summary, const std::optional<SentComparison>& closed) {
    return toCsv(summary) + (closed ? csvDifferences(*closed) : std::string{});
}

std::string summaryJsonFile(const OutputSummary& summary, const std::optional<SentComparison>& closed) {
    auto json = toJson(summary);
    if (closed)
        json["closed_quarter"] = differencesJson(*closed);
    return json.dump(2) + "\n";
}

std::optional<SentComparison> sentComparisonOf(const QuarterlyReport& report) {
    if (!report.closed)
        return std::nullopt;
    return SentComparison{*report.closed, report.differences};
}

} // namespace clusterdesk
