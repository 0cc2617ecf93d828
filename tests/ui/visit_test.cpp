#include "dialogs/instrument_dialog.h"
#include "models/visit_table_model.h"
#include "screens/visit_editor.h"
#include "screens/visits_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/company_picker.h"
#include "widgets/recommendations_panel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
std::string addConsultant(Repository& repo) {
    Person p;
    p.name = "Mihai Consultant";
    p.staffRole = StaffRole::Consultant;
    p.employerKind = EmployerKind::Consultancy;
    p.employerName = "Integrated Cluster Services";
    p.dayRateEur = 300;
    return repo.people().insert(p).id;
}
} // namespace

TEST_CASE("the instrument catalogue finds an instrument by its former name", "[visits]") {
    TestSession t;
    ui::InstrumentDialog dialog(*t.session, {});
    QTest::keyClicks(dialog.searchBox(), QStringLiteral("SME Instrument"));
    REQUIRE(dialog.list()->model()->rowCount() == 1);
    CHECK(dialog.chosenCode() == QStringLiteral("eic_accelerator"));
}

TEST_CASE("a visit is recorded with its staff and a recommendation, then check-ins are planned", "[visits]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 6);
    std::string consultant = addConsultant(t.repo());
    ui::VisitsScreen screen(*t.session);
    showActive(screen);
    auto* editor = static_cast<ui::VisitEditor*>(screen.editor());
    screen.newRecord();

    // The company is chosen from the suggestions that open while typing.
    ui::CompanyPicker* picker = editor->companyPicker();
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("Company 1003"));
    QAbstractItemView* popup = picker->completer()->popup();
    REQUIRE(popup->model()->rowCount() == 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    settle();
    CHECK(picker->companyId() == QString::fromStdString(data.companyIds[3]));
    CHECK(picker->text() == QStringLiteral("Company 1003"));

    typeInto(fieldOf(editor, "date"), QStringLiteral("2016-04-12"));
    QListWidget* staff = editor->staffList();
    REQUIRE(staff->count() == 1);
    staff->item(0)->setCheckState(Qt::Checked);

    ui::RecommendationsPanel* panel = editor->recommendationsPanel();
    panel->addRecommendation();
    CHECK_FALSE(editor->saveButton()->isEnabled()); // a recommendation needs its text
    QTest::keyClicks(panel->textEdit(), QStringLiteral("Apply for the EIC Accelerator with the new loom"));
    panel->setInstrument(QStringLiteral("eic_accelerator"));
    panel->statusCombo()->setCurrentIndex(panel->statusCombo()->findData(QStringLiteral("accepted")));
    emit panel->statusCombo()->activated(panel->statusCombo()->currentIndex());
    QTest::keyClicks(panel->dueEdit(), QStringLiteral("2016-09-30"));
    REQUIRE(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

    CHECK(countRows(t.db(), "SELECT count(*) FROM visit v JOIN visit_staff s ON s.visit_id = v.id WHERE "
                            "v.company_id = '" +
                                data.companyIds[3] + "' AND v.cluster_id = '" + data.clusterIds[1] +
                                "' AND v.date = '2016-04-12' AND v.audit_kind = "
                                "'business_review' AND s.person_id = '" +
                                consultant + "'") == 1);
    CHECK(countRows(t.db(), "SELECT count(*) FROM recommendation r JOIN visit v ON v.id = r.visit_id WHERE "
                            "r.instrument_code = 'eic_accelerator' AND r.status = 'accepted' AND "
                            "r.due_date = '2016-09-30' AND r.text LIKE 'Apply for the EIC%'") == 1);
    auto* model = static_cast<ui::VisitTableModel*>(screen.model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, VisitListQuery::Recommendations).data().toInt() == 1);

    editor->planCheckIns();
    CHECK(countRows(t.db(), "SELECT count(*) FROM follow_up WHERE due_date IN ('2016-07-12', '2016-10-12', "
                            "'2017-04-12') AND owner_id = '" +
                                consultant + "' AND status = 'open'") == 3);
    t.session->undoStack()->undo();
    CHECK(countRows(t.db(), "SELECT count(*) FROM follow_up WHERE deleted_at IS NULL") == 0);
}
