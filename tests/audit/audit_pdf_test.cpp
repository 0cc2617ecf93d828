// The printed forms, read back with pdftotext (poppler-utils) as a person copying from the PDF would.
#include "audit_fixtures.h"
#include "reports/audit_form_pdf.h"
#include "reports/audit_printout.h"
#include "support/temp_database.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
// Text layout needs a QGuiApplication (offscreen: the suites run with QT_QPA_PLATFORM=offscreen).
void ensureGuiApplication() {
    static int argc = 1;
    static char name[] = "audit_pdf_tests";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

std::string run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput().toStdString();
}

// The text in reading order with every run of white space made one space, so that line breaks the
// layout chose do not matter.
std::string pdfText(const std::string& path) {
    std::string text = run("pdftotext", {QString::fromStdString(path), "-"});
    std::string flat;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (!space)
            flat += c;
        else if (!flat.empty() && flat.back() != ' ')
            flat += ' ';
    }
    return flat;
}

const AuditTemplate& everyType() {
    static const AuditTemplate t = parseTemplate(test::testDataFile("templates/every-type.json"));
    return t;
}

struct CompletedAudit {
    test::TempDatabase t;
    test::AuditWorld w{t.db()};
    std::string cluster = w.cluster("Romanian Textile Concept");
    std::string auditId;

    std::string audit(const std::string& company, bool full) {
        std::string id =
            w.audits.start({"every_type", 0, w.visit(company, cluster, "business_review"), {}, {}}).id;
        for (const auto& [q, a] :
             std::map<std::string, std::string>{{"s1", "7"},
                                                {"y1", "yes"},
                                                {"c1", "adhoc"},
                                                {"t1", "Țesători pricepuți, război de țesut nou"}})
            w.audits.saveAnswer(id, q, a);
        if (full) {
            for (const auto& [q, a] : std::map<std::string, std::string>{{"s2", "4"},
                                                                         {"y2", "yes"},
                                                                         {"n1", "20"},
                                                                         {"n2", "6"},
                                                                         {"n3", "12"},
                                                                         {"c2", "fairs;patents"}})
                w.audits.saveAnswer(id, q, a);
            w.audits.saveNote(id, "figures", "Cifre din bilanțul 2025");
        }
        w.audits.complete(id);
        return id;
    }

    CompletedAudit() {
        w.audits.templates().import(test::testDataFile("templates/every-type.json"));
        auditId = audit(w.company("Țesătoria Bucureștiului SRL", "13.20", 42, cluster), true);
    }
};
} // namespace

TEST_CASE("a blank form prints every section, question and answer box with Romanian letters",
          "[audit][pdf]") {
    ensureGuiApplication();
    test::TempDir dir;
    std::string path = dir.file("blank.pdf");
    writeBlankFormPdf(everyType(), path);
    std::string text = pdfText(path);
    INFO(text);
    CHECK(text.find("Every question type — evaluare de probă (ș ț ă î â)") != std::string::npos);
    CHECK(text.find("1. Scales and yes/no") != std::string::npos);
    CHECK(text.find("4. Strengths and weaknesses") != std::string::npos);
    CHECK(text.find("Strategy clearly defined") != std::string::npos);
    CHECK(text.find("\u2610 Yes") != std::string::npos);
    CHECK(text.find("(0 to 50)") != std::string::npos);
    CHECK(text.find("Yearly budget") != std::string::npos);
    CHECK(text.find("tick all that apply") != std::string::npos);
    CHECK(text.find("10 fully") != std::string::npos); // the scale's step labels
    CHECK(text.find("Notes:") != std::string::npos);
    CHECK(text.find("Page 1 of") != std::string::npos);
    CHECK(run("pdffonts", {QString::fromStdString(path)}).find("DejaVuSans") != std::string::npos);
}

TEST_CASE("a completed form prints its results, chart labels, suggestions and answers", "[audit][pdf]") {
    ensureGuiApplication();
    CompletedAudit f;
    test::TempDir dir;
    std::string path = dir.file("completed.pdf");
    AuditPrintout printout = loadPrintout(f.t.db(), f.auditId, PeerGroup::Cluster);
    writeAuditPdf(printout, path);
    std::string text = pdfText(path);
    INFO(text);
    CHECK(text.find("Țesătoria Bucureștiului SRL") != std::string::npos);
    CHECK(text.find("Company visit on 2026-03-05") != std::string::npos);
    CHECK(text.find("Completed on 2026-01-01") != std::string::npos);
    CHECK(text.find("63.0 %") != std::string::npos);     // scales
    CHECK(text.find("60.0 %") != std::string::npos);     // figures
    CHECK(text.find("50.0 %") != std::string::npos);     // choices
    CHECK(text.find("58.6 %") != std::string::npos);     // overall
    CHECK(text.find("4 - mostly") != std::string::npos); // s2 with its step label
    CHECK(text.find("Trade fairs; Patent searches") != std::string::npos);
    CHECK(text.find("Țesători pricepuți, război de țesut nou") != std::string::npos);
    CHECK(text.find("Cifre din bilanțul 2025") != std::string::npos);
    // The radar chart is painted as vectors: its axis labels are text in the PDF.
    CHECK(text.find("Scales and yes/no") != std::string::npos);
    CHECK(text.find("No comparison with similar companies") != std::string::npos);
    CHECK(text.find("at least 3 are needed") != std::string::npos);
}

TEST_CASE("a completed form shows the peer averages when the group is large enough", "[audit][pdf]") {
    ensureGuiApplication();
    CompletedAudit f;
    for (const char* name : {"Confecții Ilfov SA", "Tricotaje Pipera SRL", "Atelier Textil SRL"})
        f.audit(f.w.company(name, "14.13", 20, f.cluster), false);
    test::TempDir dir;
    std::string path = dir.file("peers.pdf");
    writeAuditPdf(loadPrintout(f.t.db(), f.auditId, PeerGroup::Cluster), path);
    std::string text = pdfText(path);
    INFO(text);
    CHECK(text.find("Similar companies") != std::string::npos);
    CHECK(text.find("of 3 companies of the same cluster") != std::string::npos);
    CHECK(text.find("Similar companies (same cluster, 3)") != std::string::npos); // chart legend
}

TEST_CASE("a PDF that cannot be written is a storage error naming the file", "[audit][pdf]") {
    ensureGuiApplication();
    CHECK_THROWS_AS(writeBlankFormPdf(everyType(), "/nonexistent-folder/blank.pdf"), StorageError);
}
