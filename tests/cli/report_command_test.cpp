#include "cli/cli_runner.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace clusterdesk;
using test::runCli;

namespace {
std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct DemoDatabase {
    test::TempDir home;
    std::string db = home.file("demo.sqlite");
    DemoDatabase() { REQUIRE(runCli({"--db", db, "demo"}, home.path()).exitCode == 0); }
    test::CliRun report(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db, "report"});
        return runCli(args, home.path());
    }
};
} // namespace

TEST_CASE("report on the demo shows the figures of the seed story", "[cli][report]") {
    DemoDatabase demo;
    auto run = demo.report({"--from", "2016-01-01", "--to", "2016-12-31", "--format", "json"});
    REQUIRE(run.exitCode == 0);
    auto json = nlohmann::json::parse(run.out);
    CHECK(json["totals"]["seminar_companies"] == 18);
    CHECK(json["totals"]["audits"]["business_review"] == 5);
    CHECK(json["totals"]["audits"]["innovation_audit"] == 2);
    CHECK(json["totals"]["agreements"] == 1);
    CHECK(json["clusters"].size() == 4);
}

TEST_CASE("report for one cluster and a quarter writes CSV to a file", "[cli][report]") {
    DemoDatabase demo;
    const std::string out = demo.home.file("summary.csv");
    auto run = demo.report({"--quarter", "2016-Q2", "--cluster", "pro wood", "--format", "csv", "-o", out});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.empty());
    const std::string csv = readFile(out);
    CHECK(csv.find("Period from,2016-04-01\r\n") != std::string::npos);
    CHECK(csv.find("metric,total,Pro Wood\r\n") != std::string::npos);
}

TEST_CASE("report refuses a quarter together with a period, and malformed values", "[cli][report]") {
    DemoDatabase demo;
    auto both = demo.report({"--quarter", "2016-Q1", "--from", "2016-01-01", "--to", "2016-03-31"});
    CHECK(both.exitCode == 1);
    CHECK(both.err.find("--quarter") != std::string::npos);
    CHECK(demo.report({"--from", "2016-01-01"}).exitCode == 1);
    CHECK(demo.report({"--format", "xml"}).exitCode == 1);

    auto quarter = demo.report({"--quarter", "2016-Q5"});
    CHECK(quarter.exitCode == 2);
    CHECK(quarter.err.find("--quarter") != std::string::npos);
    CHECK(quarter.err.find("YYYY-Qn") != std::string::npos);
    auto date = demo.report({"--from", "2016-02-30", "--to", "2016-03-31"});
    CHECK(date.exitCode == 2);
    CHECK(date.err.find("--from") != std::string::npos);
    CHECK(date.err.find("YYYY-MM-DD") != std::string::npos);
}

TEST_CASE("report names the known clusters when the cluster is unknown", "[cli][report]") {
    DemoDatabase demo;
    auto run = demo.report({"--cluster", "Nowhere", "--format", "json"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("Nowhere") != std::string::npos);
    CHECK(run.err.find("Pro Wood") != std::string::npos);
}

TEST_CASE("report to a file that cannot be written exits with 3", "[cli][report]") {
    DemoDatabase demo;
    const std::string out = demo.home.file("no/such/folder/summary.json");
    auto run = demo.report({"--format", "json", "-o", out});
    CHECK(run.exitCode == 3);
    CHECK(run.err.find(out) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("report writes the PDF and HTML of the output summary", "[cli][report][pdf]") {
    DemoDatabase demo;
    const std::string pdf = demo.home.file("summary.pdf");
    auto run = demo.report({"--quarter", "2016-Q2", "--format", "pdf", "-o", pdf});
    REQUIRE(run.exitCode == 0);
    CHECK(readFile(pdf).starts_with("%PDF-"));

    auto html = demo.report({"--quarter", "2016-Q2", "--format", "html"});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.starts_with("<!DOCTYPE html>"));
    CHECK(html.out.find("Pro Wood") != std::string::npos);

    auto inferred = demo.report({"--quarter", "2016-Q2", "-o", demo.home.file("by-name.pdf")});
    CHECK(inferred.exitCode == 0);
    CHECK(readFile(demo.home.file("by-name.pdf")).starts_with("%PDF-"));
    CHECK(demo.report({"--format", "pdf"}).exitCode == 1); // a PDF needs a file
}

TEST_CASE("quarter close freezes the figures with the PDF's fingerprint, once", "[cli][quarter]") {
    DemoDatabase demo;
    const std::string pdf = demo.home.file("q2.pdf");
    auto close = runCli({"--db", demo.db, "quarter", "close", "2016-Q2", "-o", pdf}, demo.home.path());
    REQUIRE(close.exitCode == 0);
    CHECK(readFile(pdf).starts_with("%PDF-"));
    CHECK(close.out.find("SHA-256 of the PDF: ") != std::string::npos);

    auto again = runCli({"--db", demo.db, "quarter", "close", "2016-Q2", "-o", demo.home.file("again.pdf")},
                        demo.home.path());
    CHECK(again.exitCode == 2);
    CHECK(again.err.find("was closed on") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(demo.home.file("again.pdf")));

    auto list = runCli({"--db", demo.db, "quarter", "list"}, demo.home.path());
    CHECK(list.exitCode == 0);
    CHECK(list.out.find("2016-Q2") != std::string::npos);
    CHECK(list.out.find("figures as sent") != std::string::npos);

    auto json = demo.report({"--quarter", "2016-Q2", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    auto closed = nlohmann::json::parse(json.out)["closed_quarter"];
    CHECK(closed["quarter"] == "2016-Q2");
    CHECK(closed["differences"].empty());
}

TEST_CASE("quarter close refuses a quarter that has not ended and a malformed one", "[cli][quarter]") {
    DemoDatabase demo;
    auto future = runCli({"--db", demo.db, "quarter", "close", "2999-Q1"}, demo.home.path());
    CHECK(future.exitCode == 2);
    CHECK(future.err.find("closed from the day after it ends") != std::string::npos);
    auto malformed = runCli({"--db", demo.db, "quarter", "close", "2016-3"}, demo.home.path());
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.find("YYYY-Qn") != std::string::npos);
    CHECK(runCli({"--db", demo.db, "quarter"}, demo.home.path()).exitCode == 1);
    CHECK(runCli({"--db", demo.db, "quarter", "open", "2016-Q1"}, demo.home.path()).exitCode == 1);
}
