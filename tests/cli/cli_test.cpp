#include "cli/cli_runner.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace clusterdesk;
using test::runCli;

TEST_CASE("init creates the default database in the user's data folder", "[cli]") {
    test::TempDir home;
    auto run = runCli({"init"}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::exists(home.path() / "share/clusterdesk/clusterdesk.sqlite"));
    CHECK(run.out.find("is ready") != std::string::npos);
}

TEST_CASE("wrong usage exits with 1 and says how to get help", "[cli]") {
    test::TempDir home;
    auto unknown = runCli({"frobnicate"}, home.path());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
    CHECK(unknown.err.find("--help") != std::string::npos);
    CHECK(runCli({}, home.path()).exitCode == 1);
    CHECK(runCli({"--db"}, home.path()).exitCode == 1);
    CHECK(runCli({"list", "--format"}, home.path()).exitCode == 1);
    CHECK(runCli({"list", "planets"}, home.path()).exitCode == 1);
    auto help = runCli({"--help"}, home.path());
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Exit codes") != std::string::npos);
}

TEST_CASE("demo loads the seed story once and refuses a database that holds data", "[cli][demo]") {
    test::TempDir home;
    std::string db = home.file("demo.sqlite");
    auto first = runCli({"--db", db, "demo"}, home.path());
    CHECK(first.exitCode == 0);
    auto second = runCli({"--db", db, "demo"}, home.path());
    CHECK(second.exitCode == 2);
    CHECK(second.err.find("already holds data") != std::string::npos);
    auto check = runCli({"--db", db, "check"}, home.path());
    CHECK(check.exitCode == 0);
    CHECK(check.out.find("no problems found") != std::string::npos);
}

TEST_CASE("list prints records as json that scripts can read, filtered by cluster", "[cli][list]") {
    test::TempDir home;
    std::string db = home.file("demo.sqlite");
    REQUIRE(runCli({"--db", db, "demo"}, home.path()).exitCode == 0);
    auto all = runCli({"--db", db, "list", "companies", "--format", "json"}, home.path());
    REQUIRE(all.exitCode == 0);
    CHECK(nlohmann::json::parse(all.out).size() == 24);
    auto wood =
        runCli({"--db", db, "list", "companies", "--cluster", "pro wood", "--format", "json"}, home.path());
    REQUIRE(wood.exitCode == 0);
    auto companies = nlohmann::json::parse(wood.out);
    CHECK(companies.size() == 6);
    CHECK(companies[0]["clusters"] == "Pro Wood");
    auto csv = runCli({"--db", db, "list", "seminars", "--format", "csv"}, home.path());
    CHECK(csv.out.rfind("id,date,title,place,clusters,registered,attended_companies\r\n", 0) == 0);
    auto unknown = runCli({"--db", db, "list", "visits", "--cluster", "Nowhere"}, home.path());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("Pro Wood") != std::string::npos);
}

TEST_CASE("a file that is not a database gives exit 3 naming the file", "[cli]") {
    test::TempDir home;
    std::string path = home.file("broken.sqlite");
    std::ofstream(path) << std::string(4096, 'x');
    auto run = runCli({"--db", path, "check"}, home.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.find(path) != std::string::npos);
}

TEST_CASE("check finds a live record that breaks the domain's rules", "[cli]") {
    test::TempDir home;
    std::string path = home.file("demo.sqlite");
    REQUIRE(runCli({"--db", path, "demo"}, home.path()).exitCode == 0);
    {
        Database db(path);
        db.sql().exec("UPDATE company SET fiscal_code = '4221307' WHERE rowid = 1");
    }
    auto run = runCli({"--db", path, "check"}, home.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.find("fiscal_code: the check digit should be 6") != std::string::npos);
}

TEST_CASE("import companies writes all rows of a good spreadsheet into a cluster", "[cli][import]") {
    test::TempDir home;
    std::string db = home.file("demo.sqlite");
    REQUIRE(runCli({"--db", db, "demo"}, home.path()).exitCode == 0);
    std::string file = test::testDataPath("companies-ro.csv");
    auto dry =
        runCli({"--db", db, "import", "companies", file, "--cluster", "Pro Wood", "--dry-run"}, home.path());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.find("dry run: nothing was written") != std::string::npos);
    CHECK(
        nlohmann::json::parse(runCli({"--db", db, "list", "companies", "--format", "json"}, home.path()).out)
            .size() == 24);

    auto run = runCli({"--db", db, "import", "companies", file, "--cluster", "pro wood"}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.find("created 4") != std::string::npos);
    auto wood = nlohmann::json::parse(
        runCli({"--db", db, "list", "companies", "--cluster", "Pro Wood", "--format", "json"}, home.path())
            .out);
    CHECK(wood.size() == 10);

    auto again = runCli({"--db", db, "import", "companies", file}, home.path());
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("created 0, updated 0, unchanged 4") != std::string::npos);
}

TEST_CASE("import companies with a bad row names file and line and writes nothing", "[cli][import]") {
    test::TempDir home;
    std::string db = home.file("empty.sqlite");
    std::string file = test::testDataPath("companies-bad.csv");
    auto run = runCli({"--db", db, "import", "companies", file}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.find(file + ":4: fiscal_code: '4221307' is not a valid fiscal code") != std::string::npos);
    CHECK(run.err.find(file + ":10: the row has 2 values") != std::string::npos);
    CHECK(run.err.find("nothing was imported") != std::string::npos);
    auto list = runCli({"--db", db, "list", "companies", "--format", "json"}, home.path());
    CHECK(nlohmann::json::parse(list.out).empty());
}

TEST_CASE("import companies reports a missing file as a file error", "[cli][import]") {
    test::TempDir home;
    auto run =
        runCli({"--db", home.file("x.sqlite"), "import", "companies", home.file("missing.csv")}, home.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.find("missing.csv") != std::string::npos);
    CHECK(runCli({"--db", home.file("x.sqlite"), "import", "planets", "x.csv"}, home.path()).exitCode == 1);
}

TEST_CASE("the demo report for 2016 shows the outputs of the seed story", "[cli][report][demo]") {
    test::TempDir home;
    std::string db = home.file("demo.sqlite");
    REQUIRE(runCli({"--db", db, "demo"}, home.path()).exitCode == 0);
    auto run =
        runCli({"--db", db, "report", "--from", "2016-01-01", "--to", "2016-12-31", "--format", "json"},
               home.path());
    REQUIRE(run.exitCode == 0);
    auto report = nlohmann::json::parse(run.out);
    const auto& totals = report["totals"];
    CHECK(totals["seminar_companies"] == 18);
    CHECK(totals["audits"]["business_review"] == 5);
    CHECK(totals["audits"]["innovation_audit"] == 2);
    CHECK(totals["agreements"] == 1);
    CHECK(totals["funnel"]["informed"] == 18);
    CHECK(totals["funnel"]["visited"] == 5);
    CHECK(totals["funnel"]["enhanced"] == 2);
    CHECK(totals["follow_ups"]["overdue"].get<int>() > 0);
    CHECK(totals["follow_ups"]["response_rate"].get<double>() < 1.0);
    CHECK(report["clusters"].size() == 4);
    CHECK(report["period"]["from"] == "2016-01-01");
}
