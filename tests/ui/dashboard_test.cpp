#include "app/main_window.h"
#include "commands/repository_command.h"
#include "models/paged_table_model.h"
#include "reports/quarter_closing.h"
#include "screens/dashboard_screen.h"
#include "screens/list_screen.h"
#include "screens/reports_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/cluster_filter.h"
#include "widgets/figure_tile.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
// A seminar of cluster 0 in 2016-Q1 attended by two companies, one of which was visited in 2016-Q2.
void addStory(Repository& repo, const SampleData& data) {
    Seminar s;
    s.title = "Information seminar";
    s.date = Date(2016, 3, 17);
    s.clusterIds = {data.clusterIds[0]};
    s = repo.seminars().insert(s);
    for (std::size_t i : {0u, 2u}) {
        Attendance a;
        a.seminarId = s.id;
        a.companyId = data.companyIds[i];
        a.status = AttendanceStatus::Attended;
        repo.attendance().insert(a);
    }
    Visit v;
    v.companyId = data.companyIds[0];
    v.clusterId = data.clusterIds[0];
    v.date = Date(2016, 4, 12);
    repo.visits().insert(v);
    ExcellenceLabel label;
    label.clusterId = data.clusterIds[0];
    label.awarded = Date(2014, 7, 1);
    label.expires = Date(2016, 6, 30);
    repo.labels().insert(label);
}
} // namespace

TEST_CASE("the dashboard shows a quarter's figures and the funnel, and a figure opens its list",
          "[dashboard]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 4);
    addStory(t.repo(), data);
    ui::DashboardScreen dashboard(*t.session);
    dashboard.show();
    // It opens on the last quarter with activity, not on today's empty one.
    CHECK(dashboard.quarter() == Period::quarter("2016-Q2"));
    CHECK(dashboard.tile(QStringLiteral("visits"))->value() == QStringLiteral("1"));

    dashboard.setQuarter(Period::quarter("2016-Q1"));
    CHECK(dashboard.tile(QStringLiteral("seminars"))->value() == QStringLiteral("1"));
    CHECK(dashboard.tile(QStringLiteral("visits"))->value() == QStringLiteral("0"));
    auto series = dashboard.funnelChart()->series();
    REQUIRE(series.size() == 1);
    QBarSet* funnel = static_cast<QBarSeries*>(series.front())->barSets().front();
    CHECK(funnel->at(0) == 2); // informed
    CHECK(funnel->at(1) == 0); // visited, by the end of 2016-Q1
    // Seen from the end of 2016-Q1, the label expires within six months.
    CHECK(dashboard.tile(QStringLiteral("labels"))->value() == QStringLiteral("1"));

    dashboard.clusterFilter()->setClusterId(QString::fromStdString(data.clusterIds[1]));
    CHECK(dashboard.tile(QStringLiteral("seminars"))->value() == QStringLiteral("0"));

    QSignalSpy opened(&dashboard, &ui::DashboardScreen::listRequested);
    QTest::mouseClick(dashboard.tile(QStringLiteral("seminars")), Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().at(0).value<ui::ScreenId>() == ui::ScreenId::Seminars);
    CHECK(opened.front().at(1).toString() == QString::fromStdString(data.clusterIds[1]));
}

TEST_CASE("a figure of the dashboard opens its list filtered to the cluster", "[dashboard]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 4);
    addStory(t.repo(), data);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(t.session->path()));
    CHECK(window.currentScreen() == ui::ScreenId::Dashboard);
    window.showList(ui::ScreenId::Visits, QString::fromStdString(data.clusterIds[1]));
    CHECK(window.currentScreen() == ui::ScreenId::Visits);
    auto* visits = qobject_cast<ui::ListScreen*>(window.screen(ui::ScreenId::Visits));
    REQUIRE(visits);
    CHECK(visits->model()->rowCount() == 0); // the visit was for the other cluster
    window.showList(ui::ScreenId::Visits, {});
    CHECK(visits->model()->rowCount() == 1);
}

TEST_CASE("the dashboard warns when a closed quarter's figures change, and opens its report", "[dashboard]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 4);
    addStory(t.repo(), data);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(t.session->path()));
    window.show();
    auto* dashboard = qobject_cast<ui::DashboardScreen*>(window.screen(ui::ScreenId::Dashboard));
    REQUIRE(dashboard);
    ui::Session& session = *window.session();
    closeQuarter(session.database(), Period::quarter("2016-Q2"), Date::today(), [](const QByteArray&) {});
    session.announce({}); // as the Reports screen does after closing
    dashboard->refresh();
    QFrame* warning = dashboard->changedQuartersWarning();
    CHECK_FALSE(warning->isVisible()); // closed as it is: nothing differs

    Visit visit;
    visit.companyId = data.companyIds[2];
    visit.clusterId = data.clusterIds[0];
    visit.date = Date(2016, 6, 30);
    auto command = std::make_unique<ui::RepositoryCommand>(session, QStringLiteral("add visit"));
    command->create(visit);
    session.undoStack()->push(command.release());
    REQUIRE(QTest::qWaitFor([&] { return warning->isVisible(); }, 5000));
    const QString text = warning->findChild<QLabel*>()->text();
    CHECK(text.contains(QStringLiteral("2016-Q2")));
    const auto comparisons = compareClosedQuarters(session.database(), Date::today());
    REQUIRE(comparisons.size() == 1);
    CHECK(text.contains(QStringLiteral("(%1 figure").arg(comparisons.front().differences.size())));

    auto* open = warning->findChild<QPushButton*>(QStringLiteral("open-2016-Q2"));
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(window.currentScreen() == ui::ScreenId::Reports);
    auto* reports = qobject_cast<ui::ReportsScreen*>(window.screen(ui::ScreenId::Reports));
    REQUIRE(reports);
    REQUIRE(QTest::qWaitFor([&] { return !reports->isBusy() && reports->report().has_value(); }, 60000));
    CHECK(reports->report()->current.period == Period::quarter("2016-Q2"));
    CHECK_FALSE(reports->report()->differences.empty());

    window.showScreen(ui::ScreenId::Dashboard);
    session.undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return !warning->isVisible(); }, 5000));
}
