#include "io/company_csv.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
const ImportProblem* problemOn(const ParsedCompanies& parsed, std::size_t line, const std::string& field) {
    for (const auto& p : parsed.problems)
        if (p.line == line && p.field == field)
            return &p;
    return nullptr;
}

const CompanyImportRow& rowOn(const ParsedCompanies& parsed, std::size_t line) {
    for (const auto& row : parsed.rows)
        if (row.line == line)
            return row;
    FAIL("no imported row on line " << line);
    throw std::logic_error("unreachable");
}
} // namespace

TEST_CASE("a Romanian export with BOM, CRLF and ';' is read with every field", "[company_csv]") {
    auto parsed = parseCompanyCsv(test::testDataFile("companies-ro.csv"), "companies-ro.csv");
    CHECK(parsed.separator == ';');
    CHECK(parsed.problems.empty());
    REQUIRE(parsed.rows.size() == 4);
    REQUIRE(parsed.columns.size() == 13);
    CHECK(parsed.columns[0].header == "Denumire");
    CHECK(parsed.columns[0].field == "name");
    CHECK(parsed.columns[3].field == "headcount");
    CHECK(parsed.columns[12].header == "Observații");
    CHECK(parsed.columns[12].field.empty());

    const Company& first = rowOn(parsed, 2).company;
    CHECK(first.name == "Țesătoria Vest SRL"); // cedilla Ţ stored as comma-below Ț
    REQUIRE(first.fiscalCode);
    CHECK(first.fiscalCode->digits == "4221306");
    CHECK(first.fiscalCode->vatRegistered);
    CHECK(first.naceCode == "13.20");
    CHECK(first.headcount == 45);
    CHECK(first.turnoverEur == Approx(1234567.89));
    CHECK(first.balanceSheetEur == Approx(800000));
    CHECK(first.region == "Vest");
    CHECK(first.city == "Timișoara");
    CHECK(first.address == "Str. Gării 5; et. 2");
    CHECK(first.website == "www.tesatoria-vest.ro");
    CHECK(first.email == "office@tesatoria-vest.ro");
    CHECK(first.phone == "0256 123 456");
}

TEST_CASE("line numbers stay right after fields holding line breaks", "[company_csv]") {
    auto parsed = parseCompanyCsv(test::testDataFile("companies-ro.csv"), "companies-ro.csv");
    REQUIRE(parsed.rows.size() == 4);
    CHECK(parsed.rows[0].line == 2);
    CHECK(parsed.rows[1].line == 3);
    CHECK(parsed.rows[1].company.address == "Calea Turzii 10\nBloc A, ap. 3");
    CHECK_FALSE(parsed.rows[1].company.balanceSheetEur);
    CHECK(parsed.rows[1].company.turnoverEur == Approx(450000));
    CHECK(parsed.rows[2].line == 5);
    CHECK(parsed.rows[2].company.naceCode == "28.30");
    CHECK(parsed.rows[2].company.region == "RO42");
    CHECK(parsed.rows[3].line == 8); // after a two-line field and an empty line
    CHECK(parsed.rows[3].company.name == "Ștofe București SRL");
    CHECK(parsed.rows[3].company.naceCode == "13.92");
    CHECK(parsed.rows[3].company.turnoverEur == Approx(1950000.5));
    CHECK(parsed.rows[3].company.region == "București-Ilfov");
    CHECK(parsed.rows[3].company.address == "Str. Țesătorilor 3");
}

TEST_CASE("a ',' separated export with English headers in another order is read", "[company_csv]") {
    std::string text = "Email,Employees,Company,Turnover (EUR),NACE,Fiscal code\n"
                       "sales@acme.ro,7,\"Acme, Inc SRL\",\"1,234,567.89\",2830,ro 12345674\n";
    auto parsed = parseCompanyCsv(text, "en.csv");
    CHECK(parsed.separator == ',');
    REQUIRE(parsed.problems.empty());
    REQUIRE(parsed.rows.size() == 1);
    const Company& c = parsed.rows[0].company;
    CHECK(c.name == "Acme, Inc SRL");
    CHECK(c.email == "sales@acme.ro");
    CHECK(c.headcount == 7);
    CHECK(c.turnoverEur == Approx(1234567.89));
    CHECK(c.naceCode == "28.30");
    CHECK(c.fiscalCode->toString() == "RO12345674");
}

TEST_CASE("Romanian headers are found without diacritics too", "[company_csv]") {
    std::string text =
        "denumire;cod fiscal;caen;nr angajati;cifra de afaceri;active totale;regiune;oras;adresa;"
        "web;email;telefon\n"
        "Lemn Nord SRL;33333338;1623;  3 ;2.500.000;1.000.000,00;ro11;Baia Mare;Str. 1;lemn.ro;"
        "a@lemn.ro;0262 000 000\n";
    auto parsed = parseCompanyCsv(text, "ro.csv");
    REQUIRE(parsed.problems.empty());
    for (const auto& column : parsed.columns)
        CHECK_FALSE(column.field.empty());
    const Company& c = parsed.rows.at(0).company;
    CHECK(c.headcount == 3);
    CHECK(c.turnoverEur == Approx(2500000));
    CHECK(c.balanceSheetEur == Approx(1000000));
    CHECK(c.region == "RO11");
    CHECK(c.city == "Baia Mare");
    CHECK(c.naceCode == "16.23");
}

TEST_CASE("amounts may carry the EUR sign", "[company_csv]") {
    auto parsed = parseCompanyCsv("Name;Turnover;Balance sheet\nA SRL;EUR 1.200;1 500 €\n", "eur.csv");
    REQUIRE(parsed.problems.empty());
    CHECK(parsed.rows[0].company.turnoverEur == Approx(1200));
    CHECK(parsed.rows[0].company.balanceSheetEur == Approx(1500));
}

TEST_CASE("empty lines and rows of empty cells are skipped", "[company_csv]") {
    auto parsed = parseCompanyCsv("\n\nName;City\n\nA SRL;Arad\n;\n \n\nB SRL;Deva\n", "gaps.csv");
    CHECK(parsed.problems.empty());
    REQUIRE(parsed.rows.size() == 2);
    CHECK(parsed.rows[0].line == 5);
    CHECK(parsed.rows[1].line == 9);
}

TEST_CASE("every kind of bad row is reported with its line, field and a way to fix it", "[company_csv]") {
    auto parsed = parseCompanyCsv(test::testDataFile("companies-bad.csv"), "companies-bad.csv");
    // Only the first row and the unknown region (resolved by storage) are acceptable here.
    REQUIRE(parsed.rows.size() == 2);
    CHECK(parsed.rows[0].line == 2);
    CHECK(parsed.rows[1].line == 12);
    CHECK(parsed.rows[1].company.region == "Atlantis");

    auto check = [&](std::size_t line, const std::string& field, const std::string& words) {
        INFO("line " << line << ", field " << field);
        const ImportProblem* p = problemOn(parsed, line, field);
        REQUIRE(p);
        CHECK_THAT(p->message, Catch::Contains(words));
    };
    check(3, "name", "name is required");
    check(4, "fiscal_code", "check digit should be 6");
    check(5, "nace_code", "write the class as 28.30 or 2830");
    check(6, "headcount", "not a whole number");
    check(7, "headcount", "'-3' is negative");
    check(8, "turnover_eur", "'lots' is not an amount");
    check(9, "email", "not an email address");
    check(10, "", "the row has 2 values but the header has 9 columns");
    check(11, "fiscal_code", "also on line 2");
    CHECK(parsed.problems.size() == 9);
    for (std::size_t i = 1; i < parsed.problems.size(); ++i)
        CHECK(parsed.problems[i - 1].line <= parsed.problems[i].line);
}

TEST_CASE("several problems in one row are all reported", "[company_csv]") {
    auto parsed = parseCompanyCsv("Name;CUI;Email;Web\n;123;x;not a site\n", "many.csv");
    CHECK(parsed.rows.empty());
    CHECK(problemOn(parsed, 2, "name"));
    CHECK(problemOn(parsed, 2, "fiscal_code"));
    CHECK(problemOn(parsed, 2, "email"));
    CHECK(problemOn(parsed, 2, "website"));
}

TEST_CASE("the same fiscal code written two ways is the same company", "[company_csv]") {
    auto parsed = parseCompanyCsv("Name;CUI\nA SRL;4221306\nB SRL;RO 4221306\n", "dup.csv");
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].line == 3);
    CHECK_THAT(parsed.problems[0].message, Catch::Contains("line 2"));
}

TEST_CASE("a file without a name column is refused naming the file", "[company_csv]") {
    CHECK_THROWS_AS(parseCompanyCsv("CUI;City\n4221306;Arad\n", "noname.csv"), InputError);
    CHECK_THROWS_WITH(parseCompanyCsv("CUI;City\n4221306;Arad\n", "noname.csv"),
                      Catch::Contains("noname.csv, line 1") && Catch::Contains("--map \"Column=name\""));
}

TEST_CASE("an empty file is refused", "[company_csv]") {
    CHECK_THROWS_WITH(parseCompanyCsv("", "empty.csv"), Catch::Contains("empty.csv: the file is empty"));
    CHECK_THROWS_AS(parseCompanyCsv("\xEF\xBB\xBF\r\n\r\n", "empty.csv"), InputError);
}

TEST_CASE("a malformed file is refused with its line", "[company_csv]") {
    CHECK_THROWS_WITH(parseCompanyCsv("Name;City\nA SRL;Arad\n\"B SRL;Deva\n", "open.csv"),
                      Catch::Contains("open.csv, line 3"));
    CHECK_THROWS_WITH(parseCompanyCsv("Name;City\nA SRL;Bra\xBAov\n", "latin2.csv"),
                      Catch::Contains("latin2.csv, line 2") && Catch::Contains("UTF-8"));
}

TEST_CASE("overrides name the field of a column the parser does not know", "[company_csv][overrides]") {
    std::string text = "Societate;Numar registru;Cod\nA SRL;J01/1/2000;4221306\n";
    CHECK_THROWS_AS(parseCompanyCsv(text, "o.csv"), InputError);
    auto parsed = parseCompanyCsv(text, "o.csv", {{"Societate", "name"}, {"Cod", "fiscal_code"}});
    REQUIRE(parsed.problems.empty());
    CHECK(parsed.columns[1].field.empty());
    CHECK(parsed.rows.at(0).company.name == "A SRL");
    CHECK(parsed.rows.at(0).company.fiscalCode->digits == "4221306");
}

TEST_CASE("an override naming an unknown field or column is a mapping error", "[company_csv][overrides]") {
    std::string text = "Name;Cod\nA SRL;4221306\n";
    CHECK_THROWS_AS(parseCompanyCsv(text, "o.csv", {{"Cod", "vat"}}), ColumnMappingError);
    CHECK_THROWS_AS(parseCompanyCsv(text, "o.csv", {{"Code", "fiscal_code"}}), ColumnMappingError);
}

TEST_CASE("the fields a column can map to are listed", "[company_csv]") {
    CHECK(companyImportFields() == std::vector<std::string>{"name", "fiscal_code", "nace_code", "headcount",
                                                            "turnover_eur", "balance_sheet_eur", "region",
                                                            "city", "address", "website", "email", "phone"});
}

TEST_CASE("a CAEN class that lost its leading zero in a spreadsheet is restored", "[company_csv]") {
    auto parsed =
        parseCompanyCsv("Name;CAEN\nFerma SRL;111\nMina SRL;0510\nTextile SRL;C 13.20\n", "caen.csv");
    REQUIRE(parsed.rows.size() == 3);
    CHECK(parsed.rows[0].company.naceCode == "01.11");
    CHECK(parsed.rows[1].company.naceCode == "05.10");
    CHECK(parsed.rows[2].company.naceCode == "13.20");
}
