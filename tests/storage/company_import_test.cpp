#include "storage/company_import.h"
#include "support/temp_database.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
// Every row of every table as text, so two states of a database can be compared for content.
std::string dumpAllTables(Database& db) {
    std::vector<std::string> tables;
    SQLite::Statement list(db.sql(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.executeStep())
        tables.push_back(list.getColumn(0).getString());
    std::string dump;
    for (const auto& table : tables) {
        SQLite::Statement rows(db.sql(), "SELECT * FROM \"" + table + "\"");
        std::vector<std::string> lines;
        while (rows.executeStep()) {
            std::string line;
            for (int c = 0; c < rows.getColumnCount(); ++c)
                line +=
                    (rows.getColumn(c).isNull() ? "NULL" : "'" + rows.getColumn(c).getString() + "'") + "|";
            lines.push_back(line);
        }
        std::sort(lines.begin(), lines.end());
        dump += "== " + table + " (" + std::to_string(lines.size()) + ")\n";
        for (const auto& line : lines)
            dump += line + "\n";
    }
    return dump;
}

int count(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

ParsedCompanies parse(const std::string& text) {
    return parseCompanyCsv(text, "test.csv");
}

Cluster storedCluster(Repository& repo, const std::string& name) {
    Cluster c;
    c.name = name;
    c.sector = "textile";
    return repo.clusters().insert(c);
}

Company companyWithCode(Repository& repo, const std::string& code) {
    return *repo.companyByFiscalCode(*parseFiscalCode(code));
}
} // namespace

TEST_CASE("an import creates every company with its region resolved from the catalogue", "[import]") {
    test::TempDatabase t;
    Repository repo(t.db());
    auto result =
        importCompanies(repo, parseCompanyCsv(test::testDataFile("companies-ro.csv"), "ro.csv"), "", false);
    CHECK(result.problems.empty());
    CHECK(result.written);
    CHECK(result.created == 4);
    CHECK(result.updated == 0);
    CHECK(result.unchanged == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM company") == 4);

    Company tesatoria = companyWithCode(repo, "4221306");
    CHECK(tesatoria.name == "Țesătoria Vest SRL");
    CHECK(tesatoria.region == "RO42");
    CHECK(tesatoria.fiscalCode->vatRegistered);
    CHECK(tesatoria.sizeClass() == SizeClass::Small);
    CHECK(companyWithCode(repo, "33333338").region == "RO11");
    CHECK(companyWithCode(repo, "12345674").naceCode == "28.30");
    auto bucuresti = repo.companies().where("name = ?", {Value{std::string("Ștofe București SRL")}});
    REQUIRE(bucuresti.size() == 1);
    CHECK(bucuresti[0].region == "RO32");
    CHECK(count(t.db(), "SELECT count(*) FROM change_log WHERE entity = 'company' AND field = 'name'") == 4);
}

TEST_CASE("importing the same file again changes nothing", "[import]") {
    test::TempDatabase t;
    Repository repo(t.db());
    auto parsed = parseCompanyCsv(test::testDataFile("companies-ro.csv"), "ro.csv");
    importCompanies(repo, parsed, "", false);
    auto again = importCompanies(repo, parsed, "", false);
    CHECK(again.created == 0); // the row without a fiscal code is recognised by its name
    CHECK(again.unchanged == 4);
    CHECK(again.updated == 0);
}

TEST_CASE("a row without a fiscal code matching several companies by name is refused", "[import]") {
    test::TempDatabase t;
    Repository repo(t.db());
    for (int i = 0; i < 2; ++i) {
        Company twin;
        twin.name = "Mobila SRL";
        repo.companies().insert(twin);
    }
    auto result = importCompanies(repo, parse("Name;City\nMobila SRL;Arad\n"), "", false);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].message.find("add the fiscal code") != std::string::npos);
    CHECK_FALSE(result.written);
}

TEST_CASE("a company whose fiscal code is stored is updated with the cells the file fills in", "[import]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Company stored;
    stored.name = "Tesatoria Vest";
    stored.fiscalCode = parseFiscalCode("4221306");
    stored.headcount = 10;
    stored.email = "old@tesatoria.ro";
    stored.city = "Timișoara";
    stored.notes = "met at the 2016 seminar";
    stored = repo.companies().insert(stored);

    auto result = importCompanies(
        repo, parse("Name;CUI;Employees;Email;City\nȚesătoria Vest SRL;RO4221306;45;;Arad\n"), "", false);
    CHECK(result.updated == 1);
    CHECK(result.created == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM company") == 1);
    Company updated = repo.companies().get(stored.id);
    CHECK(updated.name == "Țesătoria Vest SRL");
    CHECK(updated.headcount == 45);
    CHECK(updated.email == "old@tesatoria.ro"); // an empty cell erases nothing
    CHECK(updated.city == "Arad");
    CHECK(updated.notes == "met at the 2016 seminar");
    CHECK(updated.fiscalCode->vatRegistered);
}

TEST_CASE("a deleted company with the same fiscal code is not brought back", "[import]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Company old;
    old.name = "Old SRL";
    old.fiscalCode = parseFiscalCode("4221306");
    old = repo.companies().insert(old);
    repo.companies().remove(old.id);

    auto result = importCompanies(repo, parse("Name;CUI\nNew SRL;4221306\n"), "", false);
    CHECK(result.created == 1);
    CHECK(companyWithCode(repo, "4221306").id != old.id);
}

TEST_CASE("with a cluster every imported company becomes a member once", "[import][membership]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster cluster = storedCluster(repo, "Romanian Textile Concept");
    Cluster other = storedCluster(repo, "Pro Wood");
    Company member;
    member.name = "Member SRL";
    member.fiscalCode = parseFiscalCode("33333338");
    member = repo.companies().insert(member);
    Membership existing;
    existing.companyId = member.id;
    existing.clusterId = cluster.id;
    repo.memberships().insert(existing);

    std::string text = "Name;CUI\nMember SRL;33333338\nNew SRL;4221306\nNo Code SRL;\n";
    auto result = importCompanies(repo, parse(text), cluster.id, false);
    CHECK(result.created == 2);
    CHECK(result.unchanged == 1);
    CHECK(result.joined == 2);
    auto inCluster = [&](const std::string& id) {
        return count(t.db(), "SELECT count(*) FROM membership WHERE deleted_at IS NULL AND cluster_id = '" +
                                 id + "'");
    };
    CHECK(inCluster(cluster.id) == 3);
    CHECK(inCluster(other.id) == 0);

    auto again =
        importCompanies(repo, parse("Name;CUI\nMember SRL;33333338\nNew SRL;4221306\n"), cluster.id, false);
    CHECK(again.joined == 0);
    CHECK(inCluster(cluster.id) == 3);
}

TEST_CASE("a company whose membership ended joins the cluster again", "[import][membership]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster cluster = storedCluster(repo, "Pro Wood");
    Company c;
    c.name = "Former SRL";
    c.fiscalCode = parseFiscalCode("4221306");
    c = repo.companies().insert(c);
    Membership ended;
    ended.companyId = c.id;
    ended.clusterId = cluster.id;
    ended.since = Date::parse("2014-01-01");
    ended.until = Date::parse("2019-12-31");
    repo.memberships().insert(ended);

    auto result = importCompanies(repo, parse("Name;CUI\nFormer SRL;4221306\n"), cluster.id, false);
    CHECK(result.joined == 1);
}

TEST_CASE("a refused import leaves the database exactly as it was", "[import][refused]") {
    test::TempDatabase t;
    std::string before;
    {
        // The repository's prepared statements must be gone before the file is closed and reopened.
        Repository repo(t.db());
        Cluster cluster = storedCluster(repo, "Pro Wood");
        importCompanies(repo, parse("Name;CUI;Employees\nExisting SRL;4221306;3\n"), cluster.id, false);
        before = dumpAllTables(t.db());

        auto parsed = parseCompanyCsv(test::testDataFile("companies-bad.csv"), "companies-bad.csv");
        REQUIRE_FALSE(parsed.rows.empty()); // the good first row would update Existing SRL
        auto result = importCompanies(repo, parsed, cluster.id, false);
        CHECK_FALSE(result.written);
        CHECK(result.problems.size() == parsed.problems.size() + 1);
        CHECK(dumpAllTables(t.db()) == before);
    }

    t.reopen();
    CHECK(dumpAllTables(t.db()) == before);
}

TEST_CASE("problems storage finds are reported with the row's line, together with the parser's",
          "[import][refused]") {
    test::TempDatabase t;
    Repository repo(t.db());
    auto parsed = parseCompanyCsv(test::testDataFile("companies-bad.csv"), "companies-bad.csv");
    auto result = importCompanies(repo, parsed, "", false);
    auto region = std::find_if(result.problems.begin(), result.problems.end(),
                               [](const ImportProblem& p) { return p.field == "region"; });
    REQUIRE(region != result.problems.end());
    CHECK(region->line == 12);
    CHECK_THAT(region->message, Catch::Contains("'Atlantis'") && Catch::Contains("RO42 Vest"));
    CHECK(std::is_sorted(result.problems.begin(), result.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; }));
    CHECK(count(t.db(), "SELECT count(*) FROM company") == 0);
}

TEST_CASE("one row storage refuses keeps every other row out too", "[import][refused]") {
    test::TempDatabase t;
    Repository repo(t.db());
    std::string before = dumpAllTables(t.db());
    auto parsed = parse("Name;CUI;Regiune\nA SRL;4221306;Centru\nB SRL;33333338;Transilvania\n");
    REQUIRE(parsed.problems.empty());
    auto result = importCompanies(repo, parsed, "", false);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 3);
    CHECK_FALSE(result.written);
    CHECK(dumpAllTables(t.db()) == before);
}

TEST_CASE("a dry run reports what would happen and writes nothing", "[import][dry_run]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster cluster = storedCluster(repo, "Indagro Vest");
    importCompanies(repo, parse("Name;CUI\nAgromec SA;12345674\n"), "", false);
    std::string before = dumpAllTables(t.db());

    auto parsed = parseCompanyCsv(test::testDataFile("companies-ro.csv"), "ro.csv");
    auto result = importCompanies(repo, parsed, cluster.id, true);
    CHECK(result.problems.empty());
    CHECK_FALSE(result.written);
    CHECK(result.created == 3);
    CHECK(result.updated == 1);
    CHECK(result.joined == 4);
    CHECK(dumpAllTables(t.db()) == before);
}

TEST_CASE("an unknown cluster is refused before anything is written", "[import]") {
    test::TempDatabase t;
    Repository repo(t.db());
    CHECK_THROWS_AS(importCompanies(repo, parse("Name\nA SRL\n"), "no-such-id", false), NotFoundError);
    CHECK(count(t.db(), "SELECT count(*) FROM company") == 0);
}
