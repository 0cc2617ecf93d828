#include "commands/repository_command.h"
#include "screens/reports_screen.h"
#include "storage/demo_data.h"
#include "support/sample_data.h"
#include "widgets/cluster_filter.h"
#include "widgets/period_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;
using Format = ui::ReportsScreen::Format;

namespace {
// Waits until the worker thread's report of the current choice is on screen.
void waitForReport(ui::ReportsScreen& screen) {
    QSignalSpy ready(&screen, &ui::ReportsScreen::reportReady);
    if (screen.isBusy())
        REQUIRE(ready.wait(60000));
    REQUIRE_FALSE(screen.isBusy());
    REQUIRE(screen.report());
}

// Moves a closed combo box to the item with text, key by key, as a user choosing with the arrows does.
void pick(QComboBox* box, const QString& text) {
    const int target = box->findText(text);
    REQUIRE(target >= 0);
    box->setFocus();
    while (box->currentIndex() != target)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

QString readText(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString pdfInfo(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The demo data on a Reports screen showing 2016-Q2, with its dialogs answered by the test.
struct DemoScreen {
    TestSession t;
    std::unique_ptr<ui::ReportsScreen> screen;
    QString nextSavePath;
    bool confirm = true;
    QStringList errors;
    QStringList confirmations;

    DemoScreen() {
        loadDemoData(t.repo());
        screen = std::make_unique<ui::ReportsScreen>(*t.session);
        screen->reportError = [this](const QString& what, const QString& message) {
            errors << what + QStringLiteral(": ") + message;
        };
        screen->askSavePath = [this](const QString&, const QString&, const QString&) { return nextSavePath; };
        screen->askConfirmation = [this](const QString&, const QString& text) {
            confirmations << text;
            return confirm;
        };
        screen->setToday(Date(2026, 11, 22));
        screen->resize(1100, 800);
        screen->show();
        waitForReport(*screen);
        pick(screen->periodPicker()->quarterBox(), QStringLiteral("2016-Q2"));
        waitForReport(*screen);
    }

    QString file(const char* name) { return QString::fromStdString(t.dir.file(name)); }
    void click(QPushButton* button) {
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
};
} // namespace

TEST_CASE("the reports screen gathers a quarter on a worker thread and previews the PDF's pages",
          "[reports]") {
    DemoScreen d;
    CHECK(d.screen->report()->current.period == Period::quarter("2016-Q2"));
    CHECK(d.screen->report()->current.totals.visits > 0);
    // Title, summary, a page per cluster and the definitions: the pages of the PDF, not an HTML view.
    CHECK(d.screen->preview()->pageCount() >= 6);
    CHECK_FALSE(d.screen->changedNotice()->isVisible());
    CHECK(d.screen->closeQuarterButton()->isEnabled());
    CHECK(d.screen->status()->text().contains(QStringLiteral("not closed yet")));
    CHECK(d.screen->preview()->zoomMode() == QPrintPreviewWidget::FitToWidth);
    pick(d.screen->findChild<QComboBox*>(QStringLiteral("previewZoom")), QStringLiteral("Whole page"));
    CHECK(d.screen->preview()->zoomMode() == QPrintPreviewWidget::FitInView);

    pick(d.screen->periodPicker()->quarterBox(), QStringLiteral("2016-Q3"));
    CHECK(d.screen->isBusy());
    waitForReport(*d.screen);
    CHECK(d.screen->report()->current.period == Period::quarter("2016-Q3"));
}

TEST_CASE("a year or any range of days can be reported, but only a quarter closed", "[reports]") {
    DemoScreen d;
    ui::PeriodPicker* picker = d.screen->periodPicker();
    pick(picker->kindBox(), QStringLiteral("Year"));
    waitForReport(*d.screen);
    CHECK(picker->yearBox()->isVisible());
    CHECK_FALSE(picker->quarterBox()->isVisible());
    CHECK(d.screen->report()->current.period == Period::year(2016));
    CHECK_FALSE(d.screen->closeQuarterButton()->isEnabled());
    CHECK(d.screen->closeQuarterButton()->toolTip().contains(QStringLiteral("only a whole quarter")));

    pick(picker->kindBox(), QStringLiteral("From–to"));
    waitForReport(*d.screen);
    CHECK(picker->fromEdit()->isVisible());
    picker->fromEdit()->setDate(QDate(2016, 3, 15));
    picker->toEdit()->setDate(QDate(2016, 5, 31));
    waitForReport(*d.screen);
    CHECK(d.screen->report()->current.period == Period{Date(2016, 3, 15), Date(2016, 5, 31)});

    picker->toEdit()->setDate(QDate(2016, 1, 31));
    CHECK_FALSE(d.screen->isBusy());
    CHECK(d.screen->status()->text().contains(QStringLiteral("ends before it starts")));
    CHECK_FALSE(d.screen->button(Format::Pdf)->isEnabled());
}

TEST_CASE("the cluster picker narrows the report to one cluster", "[reports]") {
    DemoScreen d;
    const std::size_t clusters = d.screen->report()->current.clusters.size();
    REQUIRE(clusters > 1);
    const int pagesForAll = d.screen->preview()->pageCount();
    ui::ClusterFilter* filter = d.screen->clusterFilter();
    pick(filter, filter->itemText(1));
    waitForReport(*d.screen);
    CHECK(d.screen->report()->clusterId == filter->clusterId().toStdString());
    CHECK(d.screen->preview()->pageCount() < pagesForAll);
}

TEST_CASE("the report is saved as PDF, HTML, CSV and JSON with its buttons", "[reports]") {
    DemoScreen d;
    d.nextSavePath = d.file("q2.pdf");
    d.click(d.screen->button(Format::Pdf));
    const QString info = pdfInfo(d.nextSavePath);
    CHECK(info.contains(QStringLiteral("2016-Q2")));
    CHECK(info.contains(QStringLiteral("Pages:")));
    CHECK(info.contains(QStringLiteral("A4")));
    // The preview shows the pages of the PDF: as many as it has.
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Pages: +%1\n").arg(d.screen->preview()->pageCount()))));

    d.nextSavePath = d.file("q2.html");
    d.click(d.screen->button(Format::Html));
    const QString html = readText(d.nextSavePath);
    CHECK(html.contains(QStringLiteral("<html")));
    CHECK(html.contains(QStringLiteral("data:image/png;base64")));

    d.nextSavePath = d.file("q2.csv");
    d.click(d.screen->button(Format::Csv));
    const QString csv = readText(d.nextSavePath);
    QFile csvFile(d.nextSavePath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.read(3) == QByteArray("\xef\xbb\xbf")); // the byte-order mark spreadsheets look for
    CHECK(csv.contains(QStringLiteral("2016-04-01")));

    d.nextSavePath = d.file("q2.json");
    d.click(d.screen->button(Format::Json));
    QFile json(d.nextSavePath);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(object.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2016-04-01"));
    CHECK(d.errors.isEmpty());
    CHECK(d.screen->status()->text().contains(QStringLiteral("q2.json")));
}

TEST_CASE("a file that cannot be written is named in the error", "[reports]") {
    DemoScreen d;
    d.nextSavePath = d.file("missing-folder/q2.json");
    d.click(d.screen->button(Format::Json));
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors.front().contains(QStringLiteral("q2.json")));
}

TEST_CASE("printing paints the pages of the preview on the chosen printer", "[reports]") {
    DemoScreen d;
    const QString path = d.file("printed.pdf");
    d.screen->choosePrinter = [&](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    };
    d.click(d.screen->printButton());
    const QString info = pdfInfo(path);
    INFO(info.toStdString());
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Pages: +%1\n").arg(d.screen->preview()->pageCount()))));
    CHECK(d.errors.isEmpty());
}

TEST_CASE("closing a quarter freezes it; an edit shows which figures differ, undoing it clears them",
          "[reports]") {
    DemoScreen d;
    d.nextSavePath = d.file("sent.pdf");
    d.click(d.screen->closeQuarterButton());
    REQUIRE(d.errors.isEmpty());
    REQUIRE(d.confirmations.size() == 1);
    CHECK(d.confirmations.front().contains(QStringLiteral("fingerprint")));
    CHECK(QFile::exists(d.nextSavePath));
    waitForReport(*d.screen);
    REQUIRE(d.screen->report()->closed);
    CHECK(d.screen->status()->text().contains(QStringLiteral("2016-Q2 was closed on")));
    CHECK_FALSE(d.screen->closeQuarterButton()->isEnabled());
    CHECK(d.screen->closeQuarterButton()->toolTip().contains(QStringLiteral("stays as it was sent")));
    CHECK_FALSE(d.screen->changedNotice()->isVisible());

    Visit extra = d.t.repo().visits().all().front();
    extra.id.clear();
    extra.date = Date(2016, 5, 30);
    auto command = std::make_unique<ui::RepositoryCommand>(*d.t.session, QStringLiteral("add visit"));
    command->create(extra);
    QSignalSpy ready(d.screen.get(), &ui::ReportsScreen::reportReady);
    d.t.session->undoStack()->push(command.release());
    REQUIRE(ready.wait(60000));
    waitForReport(*d.screen);
    CHECK(d.screen->changedNotice()->isVisible());
    CHECK(d.screen->changedNotice()->text().contains(QStringLiteral("Company visits")));
    // For looking at the screen with its notice: CLUSTERDESK_REPORTS_SCREENSHOT=file.png
    if (const QString shot = qEnvironmentVariable("CLUSTERDESK_REPORTS_SCREENSHOT"); !shot.isEmpty())
        d.screen->grab().save(shot);
    CHECK_FALSE(d.screen->report()->differences.empty());

    d.t.session->undoStack()->undo();
    REQUIRE(ready.wait(60000));
    waitForReport(*d.screen);
    CHECK(d.screen->report()->differences.empty());
    CHECK_FALSE(d.screen->changedNotice()->isVisible());
}

TEST_CASE("a quarter that has not ended is not closed", "[reports]") {
    DemoScreen d;
    d.screen->setToday(Date(2016, 6, 10));
    waitForReport(*d.screen);
    CHECK(d.screen->report()->current.period == Period::quarter("2016-Q2"));
    CHECK_FALSE(d.screen->closeQuarterButton()->isEnabled());
    CHECK(d.screen->closeQuarterButton()->toolTip().contains(QStringLiteral("ends on 30 June 2016")));
    d.screen->closeQuarter();
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors.front().contains(QStringLiteral("ends on")));
    CHECK(d.confirmations.isEmpty());
}
