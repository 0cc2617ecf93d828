#include "gui_application.h"
#include "report_fixture.h"
#include "reports/output_summary_json.h"
#include "reports/quarter_closing.h"
#include "reports/report_documents.h"

#include <QFile>
#include <QProcess>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
const Period kQ3 = Period::quarter("2016-Q3");

struct PdfFile {
    test::TempDir dir;
    std::string path = dir.file("report.pdf");
    QByteArray bytes;

    explicit PdfFile(const QuarterlyReport& report) {
        test::ensureGuiApplication();
        bytes = renderReportPdf(report);
        QFile file(QString::fromStdString(path));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // The output of a poppler tool on the file; the test is skipped when poppler-utils is missing.
    std::string run(const QString& tool, QStringList arguments) const {
        arguments << QString::fromStdString(path);
        if (tool == "pdftotext")
            arguments << "-";
        QProcess process;
        process.start(tool, arguments);
        if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit)
            FAIL(tool.toStdString() << " did not run; install poppler-utils");
        REQUIRE(process.exitCode() == 0);
        return process.readAllStandardOutput().toStdString();
    }
    std::string text(int page = 0) const {
        return page == 0
                   ? run("pdftotext", {"-layout"})
                   : run("pdftotext", {"-layout", "-f", QString::number(page), "-l", QString::number(page)});
    }
    int pages() const {
        const std::string info = run("pdfinfo", {});
        const auto at = info.find("Pages:");
        return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
    }
};

QuarterlyReport reportOf(test::SmallReportData& data, const std::string& clusterId = {}) {
    data.t.db().setSetting("organisation_name", "Asocia\u0163ia Clusterelor din Rom\u00e2nia");
    return buildQuarterlyReport(data.t.db(), kQ3, clusterId, test::day("2026-01-01"));
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
} // namespace

TEST_CASE("the PDF is A4 with a title page, a summary, pages per cluster and definitions", "[pdf]") {
    test::SmallReportData data;
    PdfFile pdf(reportOf(data));
    CHECK(pdf.bytes.startsWith("%PDF-"));
    const std::string info = pdf.run("pdfinfo", {});
    CHECK(contains(info, "A4"));
    CHECK(contains(info, "Output summary 2016-Q3"));
    const int pages = pdf.pages();
    CHECK(pages >= 5); // title, summary, two clusters, definitions

    const std::string title = pdf.text(1);
    CHECK(contains(title, "Output summary"));
    CHECK(contains(title, "2016-Q3 (1 July \u2013 30 September 2016)"));
    const std::string summary = pdf.text(2);
    CHECK(contains(summary, "Summary: All clusters"));
    CHECK(contains(summary, "Clusters at a glance"));
    CHECK(contains(summary, "Outputs by quarter"));
    CHECK(contains(summary, "Budget burn"));
    CHECK(contains(pdf.text(), "Indagro Vest\n"));
    CHECK(contains(pdf.text(pages), "Definitions"));
}

TEST_CASE("every PDF page has its number and the generation date in the footer", "[pdf]") {
    test::SmallReportData data;
    PdfFile pdf(reportOf(data));
    const int pages = pdf.pages();
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pdf.text(page);
        CHECK(contains(text, "page " + std::to_string(page) + " of " + std::to_string(pages)));
        CHECK(contains(text, "Generated on 1 January 2026"));
    }
}

TEST_CASE("the PDF embeds its fonts", "[pdf]") {
    test::SmallReportData data;
    PdfFile pdf(reportOf(data));
    const std::string fonts = pdf.run("pdffonts", {});
    CHECK(contains(fonts, "DejaVuSans"));
    std::size_t lines = 0;
    std::size_t start = 0;
    for (auto end = fonts.find('\n'); end != std::string::npos;
         start = end + 1, end = fonts.find('\n', start)) {
        const std::string line = fonts.substr(start, end - start);
        if (++lines <= 2 || line.empty())
            continue; // the header
        INFO(line);
        CHECK(contains(line, " yes "));
    }
    CHECK(lines > 2);
}

TEST_CASE("Romanian letters print, and cedilla forms are printed with the comma below", "[pdf]") {
    test::SmallReportData data;
    PdfFile pdf(reportOf(data));
    const std::string text = pdf.text();
    CHECK(contains(text, "Asocia\u021bia Clusterelor din Rom\u00e2nia"));
    CHECK(contains(text, "\u021aes\u0103turi, Mode & Co"));
    CHECK_FALSE(contains(text, "\u0162"));
    CHECK_FALSE(contains(text, "\u0163"));
}

TEST_CASE("a PDF for one cluster has no page per cluster beyond its own", "[pdf]") {
    test::SmallReportData data;
    PdfFile all(reportOf(data));
    PdfFile one(reportOf(data, data.indagro));
    CHECK(one.pages() < all.pages());
    const std::string text = one.text();
    CHECK(contains(text, "Indagro Vest"));
    CHECK_FALSE(contains(text, "Clusters at a glance"));
}

TEST_CASE("the PDF of a closed quarter lists the figures that changed since it was sent", "[pdf]") {
    test::SmallReportData data;
    storeClosedQuarter(
        data.t.db(), {"2016-Q3", kQ3, "2016-10-05T09:00:00Z", "ana", toJson(data.summary()).dump(), "ab12"});
    auto company = data.make.company("Nou SRL");
    data.make.visit(data.indagro, company, "2016-09-30");
    PdfFile pdf(reportOf(data));
    const std::string text = pdf.text();
    CHECK(contains(text, "Changes since the report was sent"));
    CHECK(contains(text, "SHA-256 of the PDF sent: ab12"));
    CHECK(contains(pdf.text(1), "differ from the report that was sent"));
}

TEST_CASE("the HTML report holds every table and its charts as images QTextDocument can read", "[html]") {
    test::SmallReportData data;
    test::ensureGuiApplication();
    const std::string html = renderReportHtml(reportOf(data));
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "data:image/png;base64,"));
    CHECK(contains(html, "\u021aes\u0103turi, Mode &amp; Co"));
    QTextDocument document;
    document.setHtml(QString::fromStdString(html));
    const std::string text = document.toPlainText().toStdString();
    for (const char* heading :
         {"Summary: All clusters", "Outputs", "Audits by kind", "Recommendations by status", "Resources",
          "Outcomes", "Follow-up", "Funnel at the end of the period", "Definitions"})
        CHECK(contains(text, heading));
}

TEST_CASE("the SHA-256 fingerprint is the usual hex digest", "[pdf]") {
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("closing a quarter sends its PDF and keeps the figures with the PDF's fingerprint", "[closing]") {
    test::SmallReportData data;
    test::ensureGuiApplication();
    QByteArray sent;
    const auto closed =
        closeQuarter(data.t.db(), kQ3, test::day("2016-10-01"), [&](const QByteArray& pdf) { sent = pdf; });
    CHECK(sent.startsWith("%PDF-"));
    CHECK(closed.quarter == "2016-Q3");
    CHECK(closed.pdfSha256 == sha256Hex(sent));
    const auto frozen = nlohmann::json::parse(closed.figuresJson);
    CHECK(frozen["totals"] == toJson(data.summary())["totals"]);
    CHECK(frozen["clusters"] == toJson(data.summary())["clusters"]);
    CHECK(frozen["generated_on"] == "2016-10-01");
    CHECK(findClosedQuarter(data.t.db(), "2016-Q3"));
    CHECK_THROWS_AS(closeQuarter(data.t.db(), kQ3, test::day("2016-10-02"), [](const QByteArray&) {}),
                    ValidationError);
}

TEST_CASE("a quarter is not closed before it ends, nor when its PDF cannot be sent", "[closing]") {
    test::SmallReportData data;
    test::ensureGuiApplication();
    bool sent = false;
    CHECK_THROWS_AS(
        closeQuarter(data.t.db(), kQ3, test::day("2016-09-30"), [&](const QByteArray&) { sent = true; }),
        ValidationError);
    CHECK_FALSE(sent);
    CHECK_THROWS_AS(closeQuarter(data.t.db(), kQ3, test::day("2016-10-01"),
                                 [](const QByteArray&) { throw StorageError("disk full"); }),
                    StorageError);
    CHECK_FALSE(findClosedQuarter(data.t.db(), "2016-Q3"));
}
