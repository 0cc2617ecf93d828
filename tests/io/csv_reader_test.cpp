#include "io/csv_reader.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("the separator is detected from the first line that holds anything", "[csv]") {
    CsvTable table = readCsv("\r\n\r\nName;City\r\nA, B SRL;Arad\r\n", "lead.csv");
    CHECK(table.separator == ';');
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].fields == std::vector<std::string>{"A, B SRL", "Arad"});
    CHECK(table.rows[1].line == 4);
}

TEST_CASE("a record after lines of blanks starts on its own line", "[csv]") {
    CsvTable table = readCsv("Name,City\n  \n\t\nA SRL,Arad\n", "blanks.csv");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].line == 4);
}
