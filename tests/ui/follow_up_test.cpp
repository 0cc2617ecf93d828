#include "app/main_window.h"
#include "dialogs/contact_attempt_dialog.h"
#include "models/follow_up_table_model.h"
#include "screens/follow_up_editor.h"
#include "screens/follow_ups_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
std::string addFollowUp(Repository& repo, const SampleData& data, const std::string& title, Date due) {
    FollowUp f;
    f.companyId = data.companyIds[0];
    f.clusterId = data.clusterIds[0];
    f.title = title;
    f.dueDate = due;
    return repo.followUps().insert(f).id;
}

QPushButton* button(QWidget& parent, const QString& text) {
    for (auto* b : parent.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}
} // namespace

TEST_CASE("an overdue follow-up gets an unanswered call, is completed, and undone", "[follow-ups]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 3);
    std::string overdue = addFollowUp(t.repo(), data, "Ask about the EIC application", Date(2016, 9, 1));
    addFollowUp(t.repo(), data, "Check-in after 12 months", Date::today().addMonths(12));
    ui::FollowUpsScreen screen(*t.session);
    showActive(screen);
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(screen.model()->rowCount() == 1); // only the one due soon or overdue
    CHECK(screen.overdueNotice()->isVisible());
    CHECK(screen.overdueNotice()->text().startsWith(QStringLiteral("Overdue follow-ups: 1.")));
    REQUIRE(screen.selectRecord(QString::fromStdString(overdue)));

    acceptNextDialog([](QDialog* dialog) {
        auto* attempt = static_cast<ui::ContactAttemptDialog*>(dialog);
        typeInto(attempt->dateEdit(), QStringLiteral("2016-09-05"));
        REQUIRE(attempt->noAnswerButton()->isChecked());
    });
    QTest::mouseClick(button(*screen.editor(), QStringLiteral("No a&nswer…")), Qt::LeftButton);
    CHECK(countRows(t.db(), "SELECT count(*) FROM contact_attempt WHERE follow_up_id = '" + overdue +
                                "' AND date = '2016-09-05' AND answered = 0 AND channel = 'phone'") == 1);
    CHECK(screen.model()->index(0, FollowUpListQuery::Attempts).data().toInt() == 1);

    QTest::mouseClick(button(*screen.editor(), QStringLiteral("Co&mplete")), Qt::LeftButton);
    CHECK(countRows(t.db(), "SELECT count(*) FROM follow_up WHERE id = '" + overdue +
                                "' AND status = 'done' "
                                "AND completed_on = '" +
                                Date::today().toString() + "'") == 1);
    CHECK(screen.model()->index(0, FollowUpListQuery::Status).data().toString() == QStringLiteral("Done"));
    CHECK_FALSE(screen.overdueNotice()->isVisible());

    t.session->undoStack()->undo();
    CHECK(countRows(t.db(), "SELECT count(*) FROM follow_up WHERE status = 'open'") == 2);
    CHECK(screen.overdueNotice()->isVisible());

    static_cast<ui::FollowUpEditor*>(screen.editor())->reschedule(Date(2030, 1, 15));
    CHECK(countRows(t.db(), "SELECT count(*) FROM follow_up WHERE id = '" + overdue +
                                "' AND due_date = '2030-01-15'") == 1);
    CHECK_FALSE(screen.overdueNotice()->isVisible());
}

TEST_CASE("the app opens on the overdue follow-ups when there are any", "[follow-ups]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 2);
    addFollowUp(t.repo(), data, "Ask about the certification", Date(2016, 9, 1));
    ui::MainWindow window;
    REQUIRE(window.openDatabase(t.session->path()));
    CHECK(window.currentScreen() == ui::ScreenId::FollowUps);
    auto* screen = qobject_cast<ui::FollowUpsScreen*>(window.screen(ui::ScreenId::FollowUps));
    REQUIRE(screen);
    CHECK(screen->model()->rowCount() == 1);
}
