#include "domain/fiscal_code.h"
#include "io/csv_reader.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("fiscal codes follow the reference check-digit vectors", "[fiscal_code]") {
    auto table = readCsv(test::testDataFile("cui-check-vectors.csv"), "cui-check-vectors.csv");
    REQUIRE(table.rows.size() > 5);
    for (std::size_t i = 1; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i].fields;
        REQUIRE(row.size() == 2);
        INFO("fiscal code '" << row[0] << "'");
        bool expected = row[1] == "true";
        CHECK(parseFiscalCode(row[0]).has_value() == expected);
        CHECK(fiscalCodeProblem(row[0]).empty() == expected);
    }
}

TEST_CASE("a fiscal code keeps its digits and whether it carried the RO prefix", "[fiscal_code]") {
    auto plain = parseFiscalCode("4221306");
    REQUIRE(plain);
    CHECK(plain->digits == "4221306");
    CHECK_FALSE(plain->vatRegistered);
    auto vat = parseFiscalCode(" ro 4221306 ");
    REQUIRE(vat);
    CHECK(vat->digits == "4221306");
    CHECK(vat->vatRegistered);
    CHECK(vat->toString() == "RO4221306");
}

TEST_CASE("an invalid fiscal code says which check digit was expected", "[fiscal_code]") {
    CHECK(fiscalCodeProblem("4221307") == "the check digit should be 6, not 7");
    CHECK(fiscalCodeProblem("12345678901").find("2 to 10 digits") != std::string::npos);
    CHECK(fiscalCodeProblem("ABC123").find("only digits") != std::string::npos);
}
