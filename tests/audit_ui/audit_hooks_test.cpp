// The ways into an audit from elsewhere in the app: the "Audit form…" button of the visit and
// support-measure editors, the audits on a company page, and deleting an audit started by mistake.
#include "app/main_window.h"
#include "app/session.h"
#include "audit/audit_form_screen.h"
#include "audit/audit_list_model.h"
#include "audit/audits_screen.h"
#include "audit/company_audit_model.h"
#include "audit/new_audit_dialog.h"
#include "audit_ui_fixture.h"
#include "dialogs/company_page.h"
#include "models/text_table_model.h"
#include "screens/measure_editor.h"
#include "screens/support_screen.h"
#include "screens/visit_editor.h"
#include "screens/visits_screen.h"
#include "support/widget_driver.h"
#include "widgets/company_picker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList templatesOffered(ui::NewAuditDialog* dialog) {
    QStringList ids;
    for (int i = 0; i < dialog->templateCombo()->count(); ++i)
        ids << dialog->templateCombo()->itemData(i).toString();
    return ids;
}

// The main window on the fixture's database, shown so that its buttons can be clicked.
struct Window {
    explicit Window(AuditUiFixture& f) {
        REQUIRE(window.openDatabase(f.t.session->path()));
        window.resize(1280, 800);
        showActive(window);
    }
    ui::AuditsScreen* audits() const {
        return qobject_cast<ui::AuditsScreen*>(window.screen(ui::ScreenId::Audits));
    }
    ui::MainWindow window;
};
} // namespace

TEST_CASE("a visit's Audit form… button starts the visit's audit with the visit forms, then opens it",
          "[audit_ui][hooks]") {
    AuditUiFixture f;
    Window w(f);
    auto* visits = qobject_cast<ui::VisitsScreen*>(w.window.showScreen(ui::ScreenId::Visits));
    REQUIRE(visits);
    REQUIRE(visits->selectRecord(f.id(f.visitId)));
    auto* editor = qobject_cast<ui::VisitEditor*>(visits->editor());
    REQUIRE(editor->auditButton()->isEnabled());

    QStringList offered;
    bool locked = false;
    onNextDialog<ui::NewAuditDialog>([&](ui::NewAuditDialog* dialog) {
        offered = templatesOffered(dialog);
        locked = !dialog->targetCombo()->isEnabled() && !dialog->companyPicker()->isEnabled() &&
                 dialog->targetCombo()->currentData().toString() == f.id(f.visitId);
        dialog->setTemplate(QStringLiteral("business_review"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(editor->auditButton(), Qt::LeftButton);
    CHECK(locked);
    // A visit takes the phase-2 forms only.
    CHECK(offered.contains(QStringLiteral("business_review")));
    CHECK(offered.contains(QStringLiteral("technology_audit")));
    for (const char* measureForm :
         {"innovation_management", "eco_innovation_audit", "competence_mapping", "export_readiness_check"})
        CHECK_FALSE(offered.contains(QString::fromLatin1(measureForm)));

    CHECK(w.window.currentScreen() == ui::ScreenId::Audits);
    REQUIRE(w.audits()->formScreen());
    const Audit started = w.audits()->formScreen()->form().audit;
    CHECK(started.visitId == f.visitId);
    CHECK(started.companyId == f.companyId);
    CHECK(started.templateId == "business_review");
    CHECK(w.audits()->formScreen()->isVisible());

    // Once there is one, the button opens it, without asking.
    w.window.showScreen(ui::ScreenId::Visits);
    w.audits()->showList();
    QTest::mouseClick(editor->auditButton(), Qt::LeftButton);
    CHECK(w.window.currentScreen() == ui::ScreenId::Audits);
    REQUIRE(w.audits()->formScreen());
    CHECK(w.audits()->formScreen()->auditId() == QString::fromStdString(started.id));
    CHECK(f.count("SELECT count(*) FROM audit") == 1);
}

TEST_CASE("the Audit form… button is disabled, saying why, for a visit not yet saved", "[audit_ui][hooks]") {
    AuditUiFixture f;
    ui::VisitsScreen visits(*f.t.session);
    auto* editor = qobject_cast<ui::VisitEditor*>(visits.editor());
    visits.newRecord();
    CHECK_FALSE(editor->auditButton()->isEnabled());
    CHECK(editor->auditButton()->toolTip().contains(QStringLiteral("Save the visit first")));
    editor->revert();
    REQUIRE(visits.selectRecord(f.id(f.visitId)));
    CHECK(editor->auditButton()->isEnabled());

    ui::SupportScreen support(*f.t.session);
    auto* measureEditor = qobject_cast<ui::MeasureEditor*>(support.editor());
    support.newRecord();
    CHECK_FALSE(measureEditor->auditButton()->isEnabled());
    CHECK(measureEditor->auditButton()->toolTip().contains(QStringLiteral("Save the support measure first")));
}

TEST_CASE("a support measure's Audit form… button offers the measure forms; cancelling stays on the measure",
          "[audit_ui][hooks]") {
    AuditUiFixture f;
    Window w(f);
    auto* support = qobject_cast<ui::SupportScreen*>(w.window.showScreen(ui::ScreenId::Support));
    REQUIRE(support);
    REQUIRE(support->selectRecord(f.id(f.measureId)));
    auto* editor = qobject_cast<ui::MeasureEditor*>(support->editor());
    REQUIRE(editor->auditButton()->isEnabled());

    QStringList offered;
    QString preset;
    onNextDialog<ui::NewAuditDialog>([&](ui::NewAuditDialog* dialog) {
        offered = templatesOffered(dialog);
        preset = dialog->templateCombo()->currentData().toString();
        dialog->reject();
    });
    QTest::mouseClick(editor->auditButton(), Qt::LeftButton);
    for (const char* measureForm :
         {"innovation_management", "eco_innovation_audit", "competence_mapping", "export_readiness_check"})
        CHECK(offered.contains(QString::fromLatin1(measureForm)));
    CHECK_FALSE(offered.contains(QStringLiteral("business_review")));
    CHECK_FALSE(offered.contains(QStringLiteral("technology_audit")));
    CHECK(preset == QStringLiteral("innovation_management")); // the measure is an innovation audit
    CHECK(w.window.currentScreen() == ui::ScreenId::Support);
    CHECK(f.count("SELECT count(*) FROM audit") == 0);

    std::string audit = f.startMeasureAudit();
    QTest::mouseClick(editor->auditButton(), Qt::LeftButton);
    CHECK(w.window.currentScreen() == ui::ScreenId::Audits);
    REQUIRE(w.audits()->formScreen());
    CHECK(w.audits()->formScreen()->auditId() == f.id(audit));
}

TEST_CASE("a measure for several companies opens the audit of the company chosen in its list",
          "[audit_ui][hooks]") {
    AuditUiFixture f;
    std::string second = f.world.company("Second SRL", "13.20", 12, f.clusterId);
    std::string measure = f.world.measure(f.clusterId, {f.companyId, second});
    NewAudit request;
    request.templateId = "innovation_management";
    request.measureId = measure;
    request.companyId = second;
    std::string audit = f.world.audits.start(request).id;

    ui::SupportScreen support(*f.t.session);
    REQUIRE(support.selectRecord(f.id(measure)));
    auto* editor = qobject_cast<ui::MeasureEditor*>(support.editor());
    QSignalSpy requested(editor, &ui::MeasureEditor::auditRequested);
    answerNextMessageBox(QMessageBox::Ok); // none chosen: "choose in the list"
    editor->requestAudit();
    CHECK(requested.isEmpty());

    QListWidget* companies = editor->companyList();
    for (int i = 0; i < companies->count(); ++i)
        if (companies->item(i)->data(Qt::UserRole).toString() == f.id(second))
            companies->setCurrentRow(i);
    editor->requestAudit();
    REQUIRE(requested.size() == 1);
    CHECK(requested.front().at(0).toString() == f.id(second));
    CHECK(requested.front().at(1).toString() == QStringLiteral("Second SRL"));

    ui::AuditsScreen audits(*f.t.session);
    ui::AuditFormScreen* form =
        audits.openOrStartAudit(f.id(second), QStringLiteral("Second SRL"), f.id(measure));
    REQUIRE(form);
    CHECK(form->auditId() == f.id(audit));
}

TEST_CASE("a visit with several audits asks which one to open", "[audit_ui][hooks]") {
    AuditUiFixture f;
    std::string everyType = f.startVisitAudit();
    NewAudit request;
    request.templateId = "business_review";
    request.visitId = f.visitId;
    std::string review = f.world.audits.start(request).id;

    ui::AuditsScreen audits(*f.t.session);
    QStringList choices;
    onNextDialog<QInputDialog>([&](QInputDialog* dialog) {
        choices = dialog->comboBoxItems();
        for (const QString& choice : choices)
            if (choice.startsWith(QStringLiteral("Business review")))
                dialog->setTextValue(choice);
        dialog->accept();
    });
    ui::AuditFormScreen* form =
        audits.openOrStartAudit(f.id(f.companyId), QStringLiteral("Tricotaje Iris SRL"), f.id(f.visitId));
    CHECK(choices.size() == 3);
    CHECK(choices.last() == QStringLiteral("Start another audit…"));
    REQUIRE(form);
    CHECK(form->auditId() == f.id(review));
    CHECK(form->auditId() != f.id(everyType));
}

TEST_CASE("the company page lists the company's audits and opens one with Enter", "[audit_ui][hooks]") {
    AuditUiFixture f;
    std::string draft = f.startMeasureAudit();
    std::string done = f.startVisitAudit();
    f.answerRequired(done);
    f.world.audits.complete(done);

    ui::CompanyPage page(*f.t.session, f.id(f.companyId));
    QAbstractItemModelTester tester(page.auditModel(), kFatal);
    ui::CompanyAuditModel* model = page.auditModel();
    REQUIRE(model->rowCount() == 2);
    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    // The measure (2026-04-01) is newer than the visit (2026-03-05).
    CHECK(model->idAt(0) == f.id(draft));
    CHECK(
        cell(0, ui::CompanyAuditModel::Form).startsWith(QStringLiteral("Innovation management assessment")));
    CHECK(cell(0, ui::CompanyAuditModel::Kind) == QStringLiteral("Innovation audit (IMP3rove)"));
    CHECK(cell(0, ui::CompanyAuditModel::Date).startsWith(QStringLiteral("2026-04-01")));
    CHECK(cell(0, ui::CompanyAuditModel::Status) == QStringLiteral("Draft"));
    CHECK(cell(0, ui::CompanyAuditModel::Overall).isEmpty());
    CHECK(cell(1, ui::CompanyAuditModel::Status).startsWith(QStringLiteral("Completed")));
    CHECK(cell(1, ui::CompanyAuditModel::Overall).endsWith(QStringLiteral("%")));
    CHECK(page.tabs()->tabText(1) == QStringLiteral("&Audits (2)"));

    // Audits are part of the company's timeline too.
    int inTimeline = 0;
    for (const QStringList& event : page.timelineModel()->rows())
        inTimeline += event[1].startsWith(QStringLiteral("Audit: ")) ? 1 : 0;
    CHECK(inTimeline == 2);

    page.resize(960, 680);
    showActive(page);
    page.tabs()->setCurrentIndex(1);
    page.auditView()->setFocus();
    page.auditView()->selectRow(1);
    QSignalSpy requested(&page, &ui::CompanyPage::auditRequested);
    QTest::keyClick(page.auditView(), Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.front().at(0).toString() == f.id(done));
    CHECK(page.isVisible()); // Enter opened the audit; it did not close the page
}

TEST_CASE("an audit opened from a company page shows in the main window", "[audit_ui][hooks]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    Window w(f);
    w.window.openCompanyPage(f.id(f.companyId));
    auto* page = w.window.findChild<ui::CompanyPage*>();
    REQUIRE(page);
    page->auditView()->selectRow(0);
    page->openCurrentAudit();
    CHECK(w.window.currentScreen() == ui::ScreenId::Audits);
    REQUIRE(w.audits()->formScreen());
    CHECK(w.audits()->formScreen()->auditId() == f.id(audit));
    page->close();
}

TEST_CASE("deleting a draft from the Audits screen removes it from the list, keeps a tombstone and can be "
          "undone",
          "[audit_ui][hooks][delete]") {
    AuditUiFixture f;
    std::string mistake = f.startVisitAudit();
    std::string kept = f.startMeasureAudit();
    ui::AuditsScreen screen(*f.t.session);
    screen.resize(1200, 800);
    showActive(screen);
    ui::AuditFormScreen* form = screen.openAudit(f.id(mistake));
    REQUIRE(form);
    screen.showList();
    REQUIRE(screen.currentId() == f.id(mistake));
    CHECK(screen.deleteButton()->isEnabled());

    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(screen.view(), Qt::Key_Delete);
    settle();
    CHECK(screen.model()->rowOf(f.id(mistake)) < 0);
    CHECK(screen.model()->rowCount() == 1);
    CHECK(f.count("SELECT count(*) FROM audit WHERE id = '" + mistake + "' AND deleted_at IS NOT NULL") == 1);
    CHECK(f.count("SELECT count(*) FROM change_log WHERE entity = 'audit' AND record_id = '" + mistake +
                  "' AND field = 'deleted_at'") == 1);
    CHECK_FALSE(screen.formScreen()); // the form kept for it went with it
    CHECK(screen.currentId() == f.id(kept));

    f.t.session->undoStack()->undo();
    CHECK(screen.model()->rowOf(f.id(mistake)) >= 0);
    CHECK(f.count("SELECT count(*) FROM audit WHERE id = '" + mistake + "' AND deleted_at IS NULL") == 1);
    REQUIRE(screen.openAudit(f.id(mistake)));

    // Cancelling the confirmation deletes nothing.
    screen.showList();
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(screen.deleteButton(), Qt::LeftButton);
    CHECK(screen.model()->rowCount() == 2);
}

TEST_CASE("a completed audit is not deleted from a list: it must be reopened first",
          "[audit_ui][hooks][delete]") {
    AuditUiFixture f;
    std::string done = f.startVisitAudit();
    f.answerRequired(done);
    f.world.audits.complete(done);
    ui::AuditsScreen screen(*f.t.session);
    REQUIRE(screen.currentId() == f.id(done));
    QString told;
    QTimer::singleShot(0, [&told] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    screen.deleteCurrent();
    CHECK(told.contains(QStringLiteral("Reopen")));
    CHECK(screen.model()->rowCount() == 1);
    CHECK(f.count("SELECT count(*) FROM audit WHERE deleted_at IS NULL") == 1);
}

TEST_CASE("deleting a draft from the company page", "[audit_ui][hooks][delete]") {
    AuditUiFixture f;
    std::string mistake = f.startVisitAudit();
    ui::CompanyPage page(*f.t.session, f.id(f.companyId));
    QAbstractItemModelTester tester(page.auditModel(), kFatal);
    REQUIRE(page.auditModel()->rowCount() == 1);
    page.auditView()->selectRow(0);
    CHECK(page.deleteAuditButton()->isEnabled());
    answerNextMessageBox(QMessageBox::Yes);
    page.deleteCurrentAudit();
    CHECK(page.auditModel()->rowCount() == 0);
    CHECK_FALSE(page.deleteAuditButton()->isEnabled());
    CHECK(f.count("SELECT count(*) FROM audit WHERE id = '" + mistake + "' AND deleted_at IS NOT NULL") == 1);
    for (const QStringList& event : page.timelineModel()->rows())
        CHECK_FALSE(event[1].startsWith(QStringLiteral("Audit: ")));
}
