#include "app/main_window.h"
#include "audit/audit_form_screen.h"
#include "audit/audit_list_model.h"
#include "audit/audits_screen.h"
#include "audit/new_audit_dialog.h"
#include "audit/template_import.h"
#include "audit_ui_fixture.h"
#include "support/temp_database.h"
#include "support/widget_driver.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <fstream>

using namespace clusterdesk;
using namespace clusterdesk::test;

TEST_CASE("a new audit offers the company's visits and measures with the forms that fit them",
          "[audit_ui][screen]") {
    AuditUiFixture f;
    ui::NewAuditDialog dialog(*f.t.session);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.setCompany(f.id(f.companyId), QStringLiteral("Tricotaje Iris SRL"));
    REQUIRE(dialog.targetCombo()->count() == 2);
    CHECK(dialog.targetCombo()->itemText(0).startsWith(
        QStringLiteral("Visit on 2026-03-05 – Business review")));
    // A business-review visit: the phase-2 forms, the business review first chosen.
    CHECK(dialog.templateCombo()->currentData().toString() == QStringLiteral("business_review"));
    CHECK(dialog.templateCombo()->findData(QStringLiteral("every_type")) >= 0);
    CHECK(dialog.templateCombo()->findData(QStringLiteral("innovation_management")) < 0);

    dialog.setTarget(f.id(f.measureId));
    CHECK(dialog.templateCombo()->currentData().toString() == QStringLiteral("innovation_management"));
    CHECK(dialog.templateCombo()->findData(QStringLiteral("technology_audit")) < 0);
    CHECK(dialog.okButton()->text() == QStringLiteral("Start Audit"));
    dialog.accept();
    REQUIRE_FALSE(dialog.auditId().isEmpty());
    Audit audit = f.world.audits.get(dialog.auditId().toStdString());
    CHECK(audit.measureId == f.measureId);
    CHECK(audit.companyId == f.companyId);
    CHECK(audit.templateId == "innovation_management");

    // The same form for the same measure again: the draft is resumed, not doubled.
    ui::NewAuditDialog again(*f.t.session);
    again.setCompany(f.id(f.companyId), QStringLiteral("Tricotaje Iris SRL"));
    again.setTarget(f.id(f.measureId));
    CHECK(again.okButton()->text() == QStringLiteral("Resume Draft"));
    again.accept();
    CHECK(again.auditId() == dialog.auditId());
    CHECK(again.resumed());
}

TEST_CASE("a company without visits or measures is told what an audit needs", "[audit_ui][screen]") {
    AuditUiFixture f;
    std::string other = f.world.company("Unvisited SRL");
    ui::NewAuditDialog dialog(*f.t.session);
    dialog.setCompany(f.id(other), QStringLiteral("Unvisited SRL"));
    CHECK(dialog.targetCombo()->count() == 0);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.note()->text().contains(QStringLiteral("record the visit or the measure first")));
}

TEST_CASE("an imported template can be used at once, and a bad one is refused with its JSON paths",
          "[audit_ui][screen]") {
    AuditUiFixture f;
    std::string text = testDataFile("templates/every-type.json");
    text.replace(text.find("\"version\": 1"), 12, "\"version\": 2");
    TempDir dir;
    {
        std::ofstream(dir.file("v2.json")) << text;
        std::ofstream(dir.file("bad.json")) << testDataFile("templates/bad-scale-max.json");
    }
    StoredTemplate stored = ui::importTemplateFile(*f.t.session, QString::fromStdString(dir.file("v2.json")));
    CHECK(stored.version == 2);
    ui::NewAuditDialog dialog(*f.t.session);
    dialog.setCompany(f.id(f.companyId), QStringLiteral("Tricotaje Iris SRL"));
    int index = dialog.templateCombo()->findData(QStringLiteral("every_type"));
    REQUIRE(index >= 0);
    CHECK(dialog.templateCombo()->itemText(index).endsWith(QStringLiteral("(imported, version 2)")));
    try {
        ui::importTemplateFile(*f.t.session, QString::fromStdString(dir.file("bad.json")));
        FAIL("a bad template was imported");
    } catch (const ValidationError& e) {
        CHECK(e.errors().front().field.rfind("$.sections", 0) == 0);
    }
}

TEST_CASE("the Audits screen starts an audit through the dialog, opens its form and comes back to the list",
          "[audit_ui][screen]") {
    AuditUiFixture f;
    ui::AuditsScreen screen(*f.t.session);
    screen.resize(1200, 800);
    showActive(screen);
    CHECK(screen.model()->rowCount() == 0);

    onNextDialog<ui::NewAuditDialog>([&f](ui::NewAuditDialog* dialog) {
        dialog->setCompany(f.id(f.companyId), QStringLiteral("Tricotaje Iris SRL"));
        dialog->setTemplate(QStringLiteral("every_type"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    ui::AuditFormScreen* form = screen.newAudit();
    REQUIRE(form);
    CHECK(form->isVisible());
    CHECK(form->form().form.id == "every_type");
    CHECK(screen.model()->rowCount() == 1);

    screen.showList();
    CHECK(screen.view()->isVisible());
    CHECK(screen.currentId() == form->auditId());
    QString id = form->auditId();
    QTest::keyClick(screen.view(), Qt::Key_Return);
    REQUIRE(screen.formScreen());
    CHECK(screen.formScreen()->auditId() == id);
    CHECK(screen.formScreen()->isVisible());
}

TEST_CASE("the main window lists Audits in its sidebar", "[audit_ui][screen]") {
    TempDir dir;
    ui::MainWindow window;
    REQUIRE(window.openDatabase(QString::fromStdString(dir.file("app.sqlite"))));
    QWidget* screen = window.showScreen(ui::ScreenId::Audits);
    REQUIRE(qobject_cast<ui::AuditsScreen*>(screen));
}
