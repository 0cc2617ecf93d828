#include "models/company_table_model.h"
#include "screens/companies_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/record_editor.h"
#include "widgets/record_form.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

TEST_CASE("a new company is checked as it is typed, saved with its cluster, undone and redone", "[screens]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 3);
    ui::CompaniesScreen screen(*t.session);
    screen.show();
    ui::RecordEditor* editor = screen.editor();

    screen.newRecord();
    typeInto(fieldOf(editor, "name"), QStringLiteral("Tricotaje Vest SRL"));
    typeInto(fieldOf(editor, "fiscal_code"), QStringLiteral("RO4221307"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("fiscal_code")).isEmpty());
    CHECK_FALSE(editor->saveButton()->isEnabled());
    typeInto(fieldOf(editor, "fiscal_code"), QStringLiteral("RO4221306"));
    CHECK(editor->form()->problemOf(QStringLiteral("fiscal_code")).isEmpty());
    typeInto(fieldOf(editor, "email"), QStringLiteral("office"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("email")).isEmpty());
    typeInto(fieldOf(editor, "email"), QStringLiteral("office@tricotaje.ro"));
    auto* clusters = editor->findChild<QListWidget*>();
    REQUIRE(clusters);
    clusters->item(0)->setCheckState(Qt::Checked);
    REQUIRE(editor->saveButton()->isEnabled());
    QTest::keyClick(fieldOf(editor, "email"), Qt::Key_Return);

    CHECK(countRows(t.db(),
                    "SELECT count(*) FROM company WHERE fiscal_code = '4221306' AND vat_registered = 1 "
                    "AND email = 'office@tricotaje.ro' AND deleted_at IS NULL") == 1);
    CHECK(countRows(t.db(), "SELECT count(*) FROM membership m JOIN company c ON c.id = m.company_id "
                            "WHERE c.name = 'Tricotaje Vest SRL' AND m.deleted_at IS NULL") == 1);
    QString id = screen.currentId();
    CHECK(screen.model()->rowOf(id) >= 0);
    CHECK(editor->recordId() == id);

    t.session->undoStack()->undo();
    CHECK(countRows(t.db(), "SELECT count(*) FROM company WHERE name = 'Tricotaje Vest SRL' "
                            "AND deleted_at IS NULL") == 0);
    CHECK(screen.model()->rowOf(id) == -1);
    t.session->undoStack()->redo();
    CHECK(countRows(t.db(), "SELECT count(*) FROM membership m JOIN company c ON c.id = m.company_id "
                            "WHERE c.name = 'Tricotaje Vest SRL' AND m.deleted_at IS NULL "
                            "AND c.deleted_at IS NULL") == 1);
    CHECK(screen.model()->rowOf(id) >= 0);
}

TEST_CASE("a company is deleted after confirmation and restored from the deleted ones", "[screens]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 5);
    ui::CompaniesScreen screen(*t.session);
    screen.show();
    REQUIRE(screen.selectRecord(QString::fromStdString(data.companyIds[2])));

    showActive(screen);
    screen.view()->setFocus();
    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(screen.view(), Qt::Key_Delete);
    CHECK(countRows(t.db(), "SELECT count(*) FROM company WHERE deleted_at IS NOT NULL") == 1);
    CHECK(screen.model()->rowCount() == 4);

    screen.findChild<QCheckBox*>()->setChecked(true);
    REQUIRE(screen.selectRecord(QString::fromStdString(data.companyIds[2])));
    screen.restoreCurrent();
    CHECK(countRows(t.db(), "SELECT count(*) FROM company WHERE deleted_at IS NOT NULL") == 0);
}

TEST_CASE("the search box narrows the companies list as the user types", "[screens]") {
    TestSession t;
    addSampleData(t.repo(), 30);
    ui::CompaniesScreen screen(*t.session);
    screen.show();
    QTest::keyClicks(screen.searchBox(), QStringLiteral("company 1017"));
    settle(300);
    CHECK(screen.model()->rowCount() == 1);
    CHECK(screen.editor()->recordId() == screen.currentId());
}

TEST_CASE("an edit made in the editor pane shows in the list row", "[screens]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 5);
    ui::CompaniesScreen screen(*t.session);
    screen.show();
    REQUIRE(screen.selectRecord(QString::fromStdString(data.companyIds[1])));
    typeInto(fieldOf(screen.editor(), "city"), QStringLiteral("Sibiu"));
    QTest::mouseClick(screen.editor()->saveButton(), Qt::LeftButton);
    int row = screen.model()->rowOf(QString::fromStdString(data.companyIds[1]));
    CHECK(screen.model()->index(row, CompanyListQuery::City).data().toString() == QStringLiteral("Sibiu"));
    t.session->undoStack()->undo();
    CHECK(screen.model()->index(row, CompanyListQuery::City).data().toString() ==
          QStringLiteral("Timișoara"));
    CHECK(fieldOf(screen.editor(), "city")->text() == QStringLiteral("Timișoara"));
}
