#include "models/paged_table_model.h"
#include "screens/clusters_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/record_editor.h"
#include "widgets/record_form.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

TEST_CASE("a cluster is created with its budget and a label that expires two years later", "[screens]") {
    TestSession t;
    ui::ClustersScreen screen(*t.session);
    screen.show();
    ui::RecordEditor* editor = screen.editor();
    screen.newRecord();
    CHECK_FALSE(editor->saveButton()->isEnabled()); // a cluster needs a name
    typeInto(fieldOf(editor, "name"), QStringLiteral("Pro Wood"));
    typeInto(fieldOf(editor, "budget_days"), QStringLiteral("twenty"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("budget_days")).isEmpty());
    typeInto(fieldOf(editor, "budget_days"), QStringLiteral("20"));
    typeInto(fieldOf(editor, "budget_eur"), QStringLiteral("20 000"));
    QLineEdit* labelDate = nullptr;
    for (auto* edit : editor->findChildren<QLineEdit*>())
        if (edit->placeholderText().startsWith(QStringLiteral("awarded")))
            labelDate = edit;
    REQUIRE(labelDate);
    typeInto(labelDate, QStringLiteral("2016-05-10"));
    QTest::keyClick(labelDate, Qt::Key_Return);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

    CHECK(countRows(t.db(), "SELECT count(*) FROM cluster WHERE name = 'Pro Wood' AND budget_eur = 20000 "
                            "AND budget_days = 20") == 1);
    CHECK(countRows(t.db(), "SELECT count(*) FROM excellence_label WHERE awarded = '2016-05-10' "
                            "AND expires = '2018-05-09'") == 1);
    CHECK(screen.model()->rowCount() == 1);
    t.session->undoStack()->undo();
    CHECK(countRows(t.db(), "SELECT count(*) FROM cluster WHERE deleted_at IS NULL") == 0);
    CHECK(screen.model()->rowCount() == 0);
}
