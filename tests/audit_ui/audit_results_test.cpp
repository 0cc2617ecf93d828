#include "audit/audit_form_screen.h"
#include "audit/audit_results_view.h"
#include "audit/radar_chart_view.h"
#include "audit/recommendation_dialog.h"
#include "audit/section_results_model.h"
#include "audit/suggestion_model.h"
#include "audit_ui_fixture.h"
#include "support/temp_database.h"
#include "support/widget_driver.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPolarChart>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
struct ResultsFixture : AuditUiFixture {
    std::unique_ptr<ui::AuditFormScreen> open(const std::string& auditId) {
        auto screen = std::make_unique<ui::AuditFormScreen>(*t.session, id(auditId));
        screen->resize(1200, 800);
        showActive(*screen);
        screen->tabs()->setCurrentIndex(1);
        settle();
        return screen;
    }
    int recommendations(const std::string& visit) {
        return count("SELECT count(*) FROM recommendation WHERE deleted_at IS NULL AND visit_id = '" + visit +
                     "'");
    }
};
} // namespace

TEST_CASE("results show the overall percentage and a radar chart of the sections that have a score",
          "[audit_ui][results]") {
    ResultsFixture f;
    std::string audit = f.startVisitAudit();
    f.answerRequired(audit);
    f.world.audits.saveAnswer(audit, "n1", "25");
    auto screen = f.open(audit);
    ui::AuditResultsView* results = screen->results();
    CHECK(results->overallLabel()->text().startsWith(QStringLiteral("Overall: ")));
    CHECK(results->overallLabel()->text().endsWith(QStringLiteral("%")));
    // "Strengths and weaknesses" has no scored question: three spokes.
    CHECK(results->chart()->axisCount() == 3);
    CHECK(results->chart()->polarChart()->series().size() == 1);
    CHECK(results->sectionsModel()->rowCount() == 5);
}

TEST_CASE("similar companies are compared only when at least three of them completed the form",
          "[audit_ui][results]") {
    ResultsFixture f;
    std::string audit = f.startVisitAudit();
    f.answerRequired(audit);
    f.world.audits.saveAnswer(audit, "n1", "25");
    f.completedPeer("Peer one", 2);
    f.completedPeer("Peer two", 4, "46.41"); // wholesale: another NACE section
    auto screen = f.open(audit);
    ui::AuditResultsView* results = screen->results();
    results->setPeerGroup(PeerGroup::Cluster);
    CHECK(results->peerInfo()->text().startsWith(QStringLiteral("Only 2 other companies")));
    CHECK(results->chart()->polarChart()->series().size() == 1);
    CHECK(results->sectionsModel()->index(0, ui::SectionResultsModel::Peers).data().toString().isEmpty());

    f.completedPeer("Peer three", 6);
    screen->tabs()->setCurrentIndex(0);
    screen->tabs()->setCurrentIndex(1); // the comparison is read again when the results are shown
    settle();
    CHECK(results->peerInfo()->text().startsWith(QStringLiteral("3 other companies")));
    CHECK(results->chart()->polarChart()->series().size() == 2);
    // Scales: (2 x 0.2 + 1) / 3, (2 x 0.4 + 1) / 3, (2 x 0.6 + 1) / 3 -> 46.7, 60, 73.3; average 60.
    CHECK(results->sectionsModel()->index(0, ui::SectionResultsModel::Peers).data().toString() ==
          QStringLiteral("60 %"));

    results->peerCombo()->setCurrentIndex(
        results->peerCombo()->findData(static_cast<int>(PeerGroup::NaceSection)));
    CHECK(results->peerGroup() == PeerGroup::NaceSection);
    CHECK(results->peerInfo()->text().startsWith(QStringLiteral("Only 2 other companies")));
    CHECK(results->chart()->polarChart()->series().size() == 1);
}

TEST_CASE("a suggestion becomes a recommendation of the visit, pointing to its instrument",
          "[audit_ui][results]") {
    ResultsFixture f;
    std::string audit = f.startVisitAudit();
    f.world.audits.saveAnswer(audit, "s1", "1");
    f.world.audits.saveAnswer(audit, "c1", "none");
    auto screen = f.open(audit);
    ui::AuditResultsView* results = screen->results();
    REQUIRE(results->suggestionsModel()->rowCount() == 2);
    CHECK(results->recommendationVisitId() == f.id(f.visitId));
    CHECK(results->targetInfo()->text().startsWith(QStringLiteral("Recommendations are added to the visit")));

    // Through the dialog: the text is the suggestion's, to be reworded.
    results->suggestionsView()->selectRow(1);
    REQUIRE(results->addButton()->isEnabled());
    onNextDialog<ui::RecommendationDialog>([](ui::RecommendationDialog* dialog) {
        CHECK(dialog->text().startsWith(QStringLiteral("Contact the EU IP Helpdesk")));
        dialog->textEdit()->setPlainText(QStringLiteral("Ask the EU IP Helpdesk about the new yarn patent."));
        dialog->priorityCombo()->setCurrentIndex(0);
        dialog->accept();
    });
    QTest::mouseClick(results->addButton(), Qt::LeftButton);
    REQUIRE(f.recommendations(f.visitId) == 1);
    auto stored = f.t.repo().recommendations().all().front();
    CHECK(stored.text == "Ask the EU IP Helpdesk about the new yarn patent.");
    CHECK(stored.instrumentCode == "eu_ip_helpdesk");
    CHECK(stored.priority == Priority::High);
    CHECK(results->suggestionsModel()->isTaken(1));
    CHECK_FALSE(results->addButton()->isEnabled());

    // A measure-kind suggestion has no instrument; it can be undone like any edit.
    REQUIRE(results->addRecommendation(0, QStringLiteral("Offer an innovation audit."), Priority::Medium));
    CHECK(f.recommendations(f.visitId) == 2);
    CHECK(results->suggestionsModel()->isTaken(0) == false); // reworded, no instrument to recognise it by
    f.t.session->undoStack()->undo();
    CHECK(f.recommendations(f.visitId) == 1);
}

TEST_CASE("a support-measure audit adds recommendations to the company's latest visit with the measure's "
          "cluster, or says why it cannot",
          "[audit_ui][results]") {
    ResultsFixture f;
    // Another company of the cluster, in the measure but never visited.
    std::string unvisited = f.world.company("Filatura Nord SRL", "13.10", 30, f.clusterId);
    std::string measure = f.world.measure(f.clusterId, {f.companyId, unvisited});
    NewAudit request;
    request.templateId = "innovation_management";
    request.measureId = measure;
    request.companyId = unvisited;
    std::string audit = f.world.audits.start(request).id;
    f.world.audits.saveAnswer(audit, "st_written", "1");
    auto screen = f.open(audit);
    ui::AuditResultsView* results = screen->results();
    REQUIRE(results->suggestionsModel()->rowCount() > 0);
    CHECK(results->recommendationVisitId().isEmpty());
    CHECK_FALSE(results->addButton()->isEnabled());
    CHECK(
        results->targetInfo()->text().contains(QStringLiteral("has no visit with Romanian Textile Concept")));

    request.companyId = f.companyId; // visited on 2026-03-05
    std::string visited = f.world.audits.start(request).id;
    f.world.audits.saveAnswer(visited, "st_written", "1");
    screen = f.open(visited);
    results = screen->results();
    CHECK(results->recommendationVisitId() == f.id(f.visitId));
    CHECK(results->targetInfo()->text().contains(QStringLiteral("latest visit")));
    REQUIRE(results->addRecommendation(0, QStringLiteral("Build an innovation strategy."), Priority::High));
    CHECK(f.recommendations(f.visitId) == 1);
}

TEST_CASE("the blank form and the filled-in form with results print to PDF on a worker thread",
          "[audit_ui][results]") {
    ResultsFixture f;
    std::string audit = f.startVisitAudit();
    f.answerRequired(audit);
    auto screen = f.open(audit);
    TempDir dir;
    for (bool blank : {true, false}) {
        QString path = QString::fromStdString(dir.file(blank ? "blank.pdf" : "audit.pdf"));
        QSignalSpy finished(screen.get(), &ui::AuditFormScreen::printFinished);
        if (blank)
            screen->printBlank(path);
        else
            screen->printCompleted(path);
        CHECK_FALSE(screen->printButton()->isEnabled()); // busy, but the window keeps running
        REQUIRE(finished.wait(30000));
        CHECK(finished.front().at(1).toString().isEmpty());
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        CHECK(screen->printButton()->isEnabled());
        CHECK(screen->banner()->text().startsWith(QStringLiteral("PDF written")));
    }
    QSignalSpy failed(screen.get(), &ui::AuditFormScreen::printFinished);
    screen->printBlank(QString::fromStdString(dir.file("no/such/folder/x.pdf")));
    REQUIRE(failed.wait(30000));
    CHECK_FALSE(failed.front().at(1).toString().isEmpty());
    CHECK(screen->banner()->text().startsWith(QStringLiteral("The PDF was not written")));
}
