#include "dialogs/attendance_dialog.h"
#include "models/attendance_sheet_model.h"
#include "models/paged_table_model.h"
#include "models/seminar_table_model.h"
#include "screens/seminars_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/company_picker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
struct SeminarFixture {
    TestSession t;
    SampleData data = addSampleData(t.repo(), 6); // companies 0, 2, 4 are members of cluster 0
    std::string seminarId;

    SeminarFixture() {
        Seminar s;
        s.title = "Funding for textile SMEs";
        s.date = Date(2016, 3, 10);
        s.place = "Timișoara";
        s.clusterIds = {data.clusterIds[0]};
        seminarId = t.repo().seminars().insert(s).id;
        for (std::size_t i : {0u, 2u}) {
            Attendance a;
            a.seminarId = seminarId;
            a.companyId = data.companyIds[i];
            a.personId = data.personIds[i];
            t.repo().attendance().insert(a);
        }
    }
    int attended() {
        return countRows(t.db(),
                         "SELECT count(*) FROM attendance WHERE status = 'attended' AND deleted_at IS NULL");
    }
};
} // namespace

TEST_CASE("the attendance sheet lists the member companies of the organisers with their people",
          "[attendance]") {
    SeminarFixture f;
    ui::AttendanceSheetModel model(*f.t.session, QString::fromStdString(f.seminarId));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 6); // 3 companies, each with its one person
    CHECK(model.line(0).personId.empty());
    CHECK(model.line(1).personId == f.data.personIds[0]);
    CHECK(model.counts().registered == 2);
    model.setAttended(1, true);
    model.addWalkIn({}, QStringLiteral("Walk-in SRL"), QStringLiteral("Ana Ionescu"));
    CHECK(model.rowCount() == 8);
    f.t.session->undoStack()->undo();
    CHECK(model.rowCount() == 6);
}

TEST_CASE("attendance is logged with the keyboard: type-ahead, space, mark all, a walk-in", "[attendance]") {
    SeminarFixture f;
    ui::SeminarsScreen screen(*f.t.session);
    QAbstractItemModelTester seminarsTester(screen.model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::AttendanceDialog* dialog = screen.openAttendance(QString::fromStdString(f.seminarId));
    showActive(*dialog);
    QTableView* view = dialog->view();
    view->setFocus();

    // Person 1004 is on the sheet but did not register: type the name, pause, Space.
    QTest::keyClicks(view, QStringLiteral("Person 1004"));
    QModelIndex current = view->currentIndex();
    CHECK(current.data().toString() == QStringLiteral("Person 1004"));
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(f.attended() == 1);
    CHECK(countRows(f.t.db(), "SELECT count(*) FROM attendance WHERE person_id = '" + f.data.personIds[4] +
                                  "' AND status = 'attended'") == 1);
    CHECK(view->currentIndex().data().toString() == QStringLiteral("Person 1004"));

    QTest::mouseClick(dialog->markAllButton(), Qt::LeftButton);
    CHECK(f.attended() == 3);
    CHECK_FALSE(dialog->markAllButton()->isEnabled());
    CHECK(dialog->countsLabel()->text().contains(QStringLiteral("3 companies")));

    dialog->walkInCompany()->setText(QStringLiteral("Atelier Nou SRL"));
    typeInto(dialog->walkInPerson(), QStringLiteral("Ana Ionescu"));
    QTest::keyClick(dialog->walkInPerson(), Qt::Key_Return);
    CHECK(countRows(f.t.db(),
                    "SELECT count(*) FROM attendance a JOIN company c ON c.id = a.company_id "
                    "JOIN person p ON p.id = a.person_id WHERE c.name = 'Atelier Nou SRL' AND "
                    "p.name = 'Ana Ionescu' AND p.employer_company_id = c.id AND a.status = 'attended'") ==
          1);
    CHECK(dialog->countsLabel()->text().contains(QStringLiteral("4 companies")));
    CHECK(dialog->countsLabel()->text().contains(QStringLiteral("4 people")));

    // The seminars list follows the sheet.
    auto* model = static_cast<ui::SeminarTableModel*>(screen.model());
    int row = model->rowOf(QString::fromStdString(f.seminarId));
    CHECK(model->index(row, SeminarListQuery::Companies).data().toInt() == 4);

    // An existing company as a walk-in, by the picker.
    dialog->walkInCompany()->setCompany(QString::fromStdString(f.data.companyIds[1]),
                                        QStringLiteral("Company 1001"));
    dialog->addWalkIn();
    CHECK(countRows(f.t.db(), "SELECT count(*) FROM attendance WHERE company_id = '" + f.data.companyIds[1] +
                                  "' AND person_id IS NULL AND status = 'attended'") == 1);
    dialog->close();
}
