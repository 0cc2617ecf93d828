#include "io/csv_reader.h"
#include "report_fixture.h"
#include "reports/output_summary_csv.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
// The CSV split into its tables: runs of rows between blank lines.
std::vector<std::vector<CsvRow>> tablesOf(const std::string& csv) {
    std::vector<std::vector<CsvRow>> tables(1);
    std::size_t line = 1;
    std::size_t start = 0;
    while (start < csv.size()) {
        auto end = csv.find("\r\n", start);
        if (end == std::string::npos)
            end = csv.size();
        std::string text = csv.substr(start, end - start);
        if (text.empty()) {
            tables.emplace_back();
        } else {
            auto parsed = readCsv(text, "line");
            tables.back().push_back({line, parsed.rows.at(0).fields});
        }
        start = end + 2;
        ++line;
    }
    return tables;
}

const std::vector<CsvRow>& tableTitled(const std::vector<std::vector<CsvRow>>& tables,
                                       const std::string& title) {
    for (const auto& table : tables)
        if (!table.empty() && table[0].fields.at(0) == title)
            return table;
    FAIL("no table " << title);
    throw std::logic_error("unreachable");
}
} // namespace

TEST_CASE("the CSV starts with a byte-order mark and ends its lines with CRLF", "[csv]") {
    test::SmallReportData data;
    auto csv = toCsv(data.summary());
    CHECK(csv.starts_with("\xEF\xBB\xBF"
                          "Output summary\r\n"));
    CHECK(csv.ends_with("\r\n"));
}

TEST_CASE("the CSV has one table per section: title, header, rows of metric, total and clusters", "[csv]") {
    test::SmallReportData data;
    auto csv = toCsv(data.summary());
    auto tables = tablesOf(csv.substr(3));
    REQUIRE(tables.size() == 11); // the period table and ten sections
    CHECK(tables[0][0].fields == std::vector<std::string>{"Output summary"});
    for (std::size_t i = 1; i < tables.size(); ++i) {
        const auto& table = tables[i];
        REQUIRE(table.size() >= 2);
        CHECK(table[0].fields.size() == 1);
        CHECK(table[1].fields ==
              std::vector<std::string>{"metric", "total", "Indagro Vest", "Țesături, Mode & Co"});
        for (std::size_t r = 2; r < table.size(); ++r)
            CHECK(table[r].fields.size() == 4);
    }
}

TEST_CASE("the CSV quotes fields that hold separators and writes plain numbers", "[csv]") {
    test::SmallReportData data;
    auto csv = toCsv(data.summary());
    CHECK(csv.find(",\"Țesături, Mode & Co\"\r\n") != std::string::npos);
    auto tables = tablesOf(csv.substr(3));
    const auto& outputs = tableTitled(tables, "Outputs");
    CHECK(outputs[2].fields == std::vector<std::string>{"Information seminars", "1", "1", "1"});
    const auto& resources = tableTitled(tables, "Resources");
    CHECK(resources[2].fields == std::vector<std::string>{"Expert days", "1.5", "1.5", "0"});
    const auto& followUp = tableTitled(tables, "Follow-up");
    CHECK(followUp.back().fields == std::vector<std::string>{"Response rate", "1", "", "1"});
    const auto& labels = tableTitled(tables, "Labels and budgets");
    CHECK(labels[2].fields == std::vector<std::string>{"Excellence label", "", "", "silver"});
    CHECK(labels[4].fields == std::vector<std::string>{"Budget (expert days)", "42", "20", "22"});
}

TEST_CASE("a CSV for one cluster has a total and that cluster's column", "[csv]") {
    test::SmallReportData data;
    auto tables = tablesOf(toCsv(data.summary(data.indagro)).substr(3));
    const auto& outputs = tableTitled(tables, "Outputs");
    CHECK(outputs[1].fields == std::vector<std::string>{"metric", "total", "Indagro Vest"});
    CHECK(outputs[5].fields == std::vector<std::string>{"Company visits", "1", "1"});
}
