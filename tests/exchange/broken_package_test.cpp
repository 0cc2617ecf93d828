#include "exchange/package_file.h"
#include "exchange_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace clusterdesk;
using namespace clusterdesk::test;
using nlohmann::json;

namespace {
std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// Ana holds what the office sent her before; the office's next package is then damaged in one way.
struct Setup {
    Replica office{"office"};
    Replica ana{"ana"};
    Cluster cluster;
    Company company;
    Visit visit;
    std::string good;

    Setup() {
        cluster = addCluster(office.repo(), "Pro Wood");
        company = addCompany(office.repo(), "Tesatoria SRL");
        visit = addVisit(office.repo(), company.id, cluster.id);
        send(office, ana);
        send(ana, office);
        Company c = office.repo().companies().get(company.id);
        c.notes = "met the owner";
        office.repo().companies().update(c);
        Company added = addCompany(office.repo(), "Mobila Nord");
        addVisit(office.repo(), added.id, cluster.id);
        good = readText(exportFor(office, ana));
    }

    json content() const { return json::parse(good)["content"]; }

    // Imports text into Ana's database, expecting a refusal that mentions `expected`, with the database
    // exactly as it was.
    void expectRefused(const std::string& text, const std::string& expected) {
        std::string path = ana.file("broken.cdx");
        writeText(path, text);
        std::string before = dumpDatabase(ana.db());
        try {
            ana.exchange().importPackage(path);
            FAIL("a broken package was imported");
        } catch (const InputError& e) {
            std::string message = e.what();
            INFO(message);
            CHECK(message.find(path) != std::string::npos);
            CHECK(message.find(expected) != std::string::npos);
        }
        CHECK(dumpDatabase(ana.db()) == before);
    }
};
} // namespace

TEST_CASE("the undamaged package of these tests imports", "[exchange][broken]") {
    Setup s;
    std::string path = s.ana.file("good.cdx");
    writeText(path, s.good);
    ImportSummary summary = s.ana.exchange().importPackage(path);
    CHECK(summary.added == 2);
    CHECK(summary.updated == 1);
}

TEST_CASE("a package with another format version is refused", "[exchange][broken]") {
    Setup s;
    json file = json::parse(s.good);
    file["format_version"] = 2;
    s.expectRefused(file.dump(), "format version 2");
}

TEST_CASE("a truncated package is refused", "[exchange][broken]") {
    Setup s;
    s.expectRefused(s.good.substr(0, s.good.size() / 2), "truncated");
    s.expectRefused(s.good.substr(0, s.good.size() - 3), "truncated");
}

TEST_CASE("a package whose content does not match its checksum is refused", "[exchange][broken]") {
    Setup s;
    json file = json::parse(s.good);
    file["content"]["records"][0]["created_at"] = "2020-01-01T00:00:00Z";
    s.expectRefused(file.dump(), "checksum mismatch");
}

TEST_CASE("a file that is not JSON is refused", "[exchange][broken]") {
    Setup s;
    s.expectRefused("PK\x03\x04 this is a zip file, not a package", "not JSON");
    s.expectRefused("", "empty");
}

TEST_CASE("JSON that is not a ClusterDesk package is refused", "[exchange][broken]") {
    Setup s;
    s.expectRefused(R"({"companies": []})", "not a ClusterDesk package");
    json file = json::parse(s.good);
    file["content"].erase("records");
    file["checksum"]["value"] = json::parse(sealPackage(file["content"]))["checksum"]["value"];
    s.expectRefused(file.dump(), "\"records\" is missing");
}

TEST_CASE("a package referring to a record that is neither in it nor in the database is refused",
          "[exchange][broken]") {
    Setup s;
    json content = s.content();
    auto& records = content["records"];
    std::string missing;
    for (auto it = records.begin(); it != records.end(); ++it)
        if ((*it)["entity"] == "company" && (*it)["fields"]["name"]["value"] == "Mobila Nord") {
            missing = (*it)["id"].get<std::string>();
            records.erase(it);
            break;
        }
    REQUIRE_FALSE(missing.empty());
    auto& changes = content["changes"];
    for (auto it = changes.begin(); it != changes.end();)
        it = (*it)["record_id"] == missing ? changes.erase(it) : it + 1;
    s.expectRefused(sealPackage(content),
                    "refers to company '" + missing + "', which is neither in the package");
}

TEST_CASE("a package with an entity or a field this ClusterDesk does not know is refused",
          "[exchange][broken]") {
    Setup s;
    json content = s.content();
    content["records"][0]["entity"] = "audit_form";
    s.expectRefused(sealPackage(content), "'audit_form' is unknown");
    content = s.content();
    content["records"][0]["fields"]["shoe_size"] = {{"value", "42"}, {"version", nullptr}};
    s.expectRefused(sealPackage(content), "no field 'shoe_size'");
}

TEST_CASE("a package made by the database itself is refused", "[exchange][broken]") {
    Setup s;
    std::string path = s.office.file("own.cdx");
    writeText(path, s.good);
    std::string before = dumpDatabase(s.office.db());
    CHECK_THROWS_WITH(s.office.exchange().importPackage(path), Catch::Contains("this same database"));
    CHECK(dumpDatabase(s.office.db()) == before);
}

TEST_CASE("a package failing half-way through leaves the database as it was", "[exchange][broken]") {
    Setup s;
    json content = s.content();
    // The new visit comes after the companies and is refused by the database itself (a visit without
    // a date): the companies merged before it are rolled back too.
    auto& records = content["records"];
    auto visit = std::find_if(records.begin(), records.end(), [](const json& r) {
        return r["entity"] == "visit" && !r["reference_only"].get<bool>();
    });
    REQUIRE(visit != records.end());
    REQUIRE(records.begin()->at("entity") == "company");
    (*visit)["fields"]["date"]["value"] = nullptr;
    s.expectRefused(sealPackage(content), "cannot be stored here");
}

TEST_CASE("the same company registered on both sides is refused with advice", "[exchange][broken]") {
    Replica office("office"), ana("ana");
    Company atOffice;
    atOffice.name = "Tesatoria SRL";
    atOffice.fiscalCode = parseFiscalCode("RO4221306");
    office.repo().companies().insert(atOffice);
    Company atAna = atOffice;
    ana.repo().companies().insert(atAna);
    std::string before = dumpDatabase(ana.db());
    CHECK_THROWS_WITH(send(office, ana), Catch::Contains("same thing was entered on both sides"));
    CHECK(dumpDatabase(ana.db()) == before);
}
