// clusterdesk-cli's template and audit commands, run as a user would run them.
#include "audit_fixtures.h"
#include "support/temp_database.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
struct Result {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the CLI on the given database with its data folder (log files) inside dir.
Result cli(const test::TempDir& dir, const std::string& database, const QStringList& words) {
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", QString::fromStdString(dir.file("data")));
    env.insert("XDG_RUNTIME_DIR", QString::fromStdString(dir.path().string()));
    process.setProcessEnvironment(env);
    process.start(CLUSTERDESK_CLI, QStringList{"--db", QString::fromStdString(database)} + words);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

QString data(const std::string& name) {
    return QString::fromStdString(test::testDataPath(name));
}
} // namespace

TEST_CASE("template validate accepts a valid file and names it", "[audit][cli]") {
    test::TempDir dir;
    Result r = cli(dir, dir.file("db.sqlite"), {"template", "validate", data("templates/every-type.json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("valid template every_type version 1 (4 sections, 12 questions)") != std::string::npos);
}

TEST_CASE("template validate prints each problem as path: reason and exits with 2", "[audit][cli]") {
    test::TempDir dir;
    Result r =
        cli(dir, dir.file("db.sqlite"), {"template", "validate", data("templates/bad-scale-max.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.out == "$.sections[2].questions[4].max: must be greater than min\n");
    r = cli(dir, dir.file("db.sqlite"), {"template", "validate", data("templates/bad-catalogue.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.out.find("$.kind: there is no audit kind 'astrology_audit' in the catalogue\n") !=
          std::string::npos);
}

TEST_CASE("template validate on a missing file is a file error", "[audit][cli]") {
    test::TempDir dir;
    Result r = cli(dir, dir.file("db.sqlite"), {"template", "validate", data("templates/no-such-file.json")});
    CHECK(r.exitCode == 3);
    CHECK(r.err.find("no-such-file.json") != std::string::npos);
}

TEST_CASE("template import stores a template once and list shows it beside the bundled ones",
          "[audit][cli]") {
    test::TempDir dir;
    std::string db = dir.file("db.sqlite");
    Result r = cli(dir, db, {"template", "import", data("templates/every-type.json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("imported template every_type version 1") != std::string::npos);
    r = cli(dir, db, {"template", "import", data("templates/every-type.json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("nothing changed") != std::string::npos);
    r = cli(dir, db, {"template", "import", data("templates/bad-many.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("$.sections[0].questions[1].requird: is not used by a yes_no question") !=
          std::string::npos);
    r = cli(dir, db, {"template", "list"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("every_type") != std::string::npos);
    CHECK(r.out.find("imported") != std::string::npos);
    CHECK(r.out.find("technology_audit") != std::string::npos);
    CHECK(r.out.find("Bad Template") == std::string::npos);
}

TEST_CASE("audit show prints section percentages, peers and suggestions; print writes the PDF",
          "[audit][cli]") {
    test::TempDatabase t;
    test::AuditWorld w(t.db());
    std::string cluster = w.cluster("Indagro Vest");
    std::string company = w.company("Mecanica Agricolă SRL", "28.30", 35, cluster);
    w.audits.templates().import(test::testDataFile("templates/every-type.json"));
    std::string id =
        w.audits.start({"every_type", 0, w.visit(company, cluster, "business_review"), {}, {}}).id;
    for (const auto& [q, a] : std::map<std::string, std::string>{{"s1", "7"},
                                                                 {"s2", "4"},
                                                                 {"y1", "yes"},
                                                                 {"y2", "yes"},
                                                                 {"n1", "20"},
                                                                 {"n2", "6"},
                                                                 {"c1", "none"},
                                                                 {"c2", "none"},
                                                                 {"t1", "Sudură robotizată"}})
        w.audits.saveAnswer(id, q, a);
    w.audits.complete(id);

    Result r = cli(t.dir(), t.path(), {"audit", "show", QString::fromStdString(id), "--answers"});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("Mecanica Agricolă SRL") != std::string::npos);
    CHECK(r.out.find("Scales and yes/no" + std::string(42 - 17, ' ') + "63.0 %") != std::string::npos);
    CHECK(r.out.find("Choices" + std::string(42 - 7, ' ') + "0.0 %") != std::string::npos);
    CHECK(r.out.find("48.6 %") != std::string::npos);
    CHECK(r.out.find("Overall") != std::string::npos);
    CHECK(r.out.find("Peers (same cluster): 0 companies; at least 3 are needed") != std::string::npos);
    CHECK(r.out.find("eu_ip_helpdesk: Contact the EU IP Helpdesk") != std::string::npos);
    CHECK(r.out.find("Sudură robotizată") != std::string::npos);

    r = cli(t.dir(), t.path(), {"audit", "answer", QString::fromStdString(id), "s2", "5"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("locked") != std::string::npos);

    std::string pdf = t.dir().file("audit.pdf");
    r = cli(t.dir(), t.path(),
            {"audit", "print", QString::fromStdString(id), "-o", QString::fromStdString(pdf)});
    CHECK(r.exitCode == 0);
    CHECK(std::filesystem::file_size(pdf) > 1000);
    std::string blank = t.dir().file("blank.pdf");
    r = cli(t.dir(), t.path(),
            {"template", "print", "technology_audit", "-o", QString::fromStdString(blank)});
    CHECK(r.exitCode == 0);
    CHECK(std::filesystem::file_size(blank) > 1000);
}

TEST_CASE("audit commands drive a form from start to reopening", "[audit][cli]") {
    test::TempDatabase t;
    test::AuditWorld w(t.db());
    std::string cluster = w.cluster("Pro Wood");
    std::string company = w.company("Mobilă Brașov SRL", "31.09", 60, cluster);
    std::string measure = w.measure(cluster, {company}, "innovation_audit");
    auto run = [&](QStringList words) { return cli(t.dir(), t.path(), words); };

    Result r = run({"audit", "start", "--template", "innovation_management", "--measure",
                    QString::fromStdString(measure)});
    REQUIRE(r.exitCode == 0);
    QString id = QString::fromStdString(r.out.substr(0, 36));
    r = run({"audit", "answer", id, "st_written", "4"});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "st_written: 4\n");
    r = run({"audit", "note", id, "strategy", "Strategia", "nu", "este", "scrisă"});
    CHECK(r.exitCode == 0);
    r = run({"audit", "complete", id});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("st_derived: required question not answered") != std::string::npos);
    r = run({"audit", "reopen", id});
    CHECK(r.exitCode == 1); // --reason is required
    r = run({"audit", "list", "--measure", QString::fromStdString(measure)});
    CHECK(r.out.find("innovation_management@1") != std::string::npos);
    CHECK(r.out.find("draft") != std::string::npos);
    CHECK(w.audits.load(id.toStdString()).notes.at("strategy") == "Strategia nu este scrisă");
}
