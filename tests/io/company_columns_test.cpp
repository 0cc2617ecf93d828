#include "io/company_columns.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("headers are recognised in English and Romanian, with or without diacritics and units",
          "[columns]") {
    CHECK(fieldForHeader("Denumire") == "name");
    CHECK(fieldForHeader("Company") == "name");
    CHECK(fieldForHeader("FIRMA") == "name");
    CHECK(fieldForHeader("CUI") == "fiscal_code");
    CHECK(fieldForHeader("cif") == "fiscal_code");
    CHECK(fieldForHeader("Cod fiscal") == "fiscal_code");
    CHECK(fieldForHeader("Fiscal code") == "fiscal_code");
    CHECK(fieldForHeader("Cod CAEN") == "nace_code");
    CHECK(fieldForHeader("NACE") == "nace_code");
    CHECK(fieldForHeader("Nr. angajați") == "headcount");
    CHECK(fieldForHeader("nr angajati") == "headcount");
    CHECK(fieldForHeader("Nr. angajaţi (persoane)") == "headcount");
    CHECK(fieldForHeader("Employees") == "headcount");
    CHECK(fieldForHeader("Cifra de afaceri (EUR)") == "turnover_eur");
    CHECK(fieldForHeader("turnover") == "turnover_eur");
    CHECK(fieldForHeader("Active totale [EUR]") == "balance_sheet_eur");
    CHECK(fieldForHeader("Balance sheet") == "balance_sheet_eur");
    CHECK(fieldForHeader("Regiune") == "region");
    CHECK(fieldForHeader("Oraș") == "city");
    CHECK(fieldForHeader("Localitate") == "city");
    CHECK(fieldForHeader("ADRESĂ") == "address");
    CHECK(fieldForHeader("Web") == "website");
    CHECK(fieldForHeader("E-mail") == "email");
    CHECK(fieldForHeader("Telefon") == "phone");
    CHECK(fieldForHeader("turnover_eur") == "turnover_eur");
    CHECK(fieldForHeader("Observații").empty());
    CHECK(fieldForHeader("").empty());
}

TEST_CASE("a column key ignores case, diacritics, punctuation and the unit", "[columns]") {
    CHECK(columnKey("Nr. Angajați (persoane)") == "nrangajati");
    CHECK(columnKey("  E-MAIL ") == "email");
}

TEST_CASE("every column is matched to a field or left out", "[columns]") {
    auto columns = matchCompanyColumns({"Denumire", "Notes", "CUI"}, {}, "f.csv", 1);
    REQUIRE(columns.size() == 3);
    CHECK(columns[0].field == "name");
    CHECK(columns[1].header == "Notes");
    CHECK(columns[1].field.empty());
    CHECK(columns[2].field == "fiscal_code");
}

TEST_CASE("an override wins over the column's own name", "[columns][overrides]") {
    auto columns =
        matchCompanyColumns({"Firma", "Denumire oficiala", "Cod"},
                            {{"denumire oficiala", "name"}, {"Cod", "CUI"}, {"Firma", ""}}, "f.csv", 1);
    CHECK(columns[0].field.empty());
    CHECK(columns[1].field == "name");
    CHECK(columns[2].field == "fiscal_code"); // an alias is accepted for the field
}

TEST_CASE("an override beats a column that would match the same field by name", "[columns][overrides]") {
    auto columns = matchCompanyColumns({"Firma", "Denumire"}, {{"Denumire", "name"}}, "f.csv", 1);
    CHECK(columns[0].field.empty());
    CHECK(columns[1].field == "name");
}

TEST_CASE("an override naming an unknown field or column is refused", "[columns][overrides]") {
    CHECK_THROWS_AS(matchCompanyColumns({"Denumire"}, {{"Denumire", "colour"}}, "f.csv", 1),
                    ColumnMappingError);
    CHECK_THROWS_WITH(matchCompanyColumns({"Denumire"}, {{"Denumire", "colour"}}, "f.csv", 1),
                      Catch::Contains("not a company field") && Catch::Contains("fiscal_code"));
    CHECK_THROWS_AS(matchCompanyColumns({"Denumire"}, {{"Nume", "name"}}, "f.csv", 1), ColumnMappingError);
    CHECK_THROWS_WITH(matchCompanyColumns({"Denumire"}, {{"Nume", "name"}}, "f.csv", 1),
                      Catch::Contains("has no column 'Nume'") && Catch::Contains("'Denumire'"));
    CHECK_THROWS_AS(matchCompanyColumns({"A", "B"}, {{"A", "name"}, {"B", "name"}}, "f.csv", 1),
                    ColumnMappingError);
}

TEST_CASE("two columns holding the same field are refused", "[columns]") {
    CHECK_THROWS_WITH(matchCompanyColumns({"Denumire", "CUI", "CIF"}, {}, "f.csv", 1),
                      Catch::Contains("f.csv, line 1") && Catch::Contains("'CUI' and 'CIF'") &&
                          Catch::Contains("--map \"CIF=\""));
    CHECK_NOTHROW(matchCompanyColumns({"Denumire", "CUI", "CIF"}, {{"CIF", ""}}, "f.csv", 1));
}

TEST_CASE("a money column in lei or thousands is refused", "[columns]") {
    CHECK_THROWS_WITH(matchCompanyColumns({"Denumire", "Cifra de afaceri (lei)"}, {}, "f.csv", 1),
                      Catch::Contains("not in EUR"));
    CHECK_THROWS_AS(matchCompanyColumns({"Denumire", "Turnover (thousand EUR)"}, {}, "f.csv", 1), InputError);
    CHECK_NOTHROW(matchCompanyColumns({"Denumire", "Turnover (€)", "Active totale (EUR)"}, {}, "f.csv", 1));
}
