#include "app/main_window.h"
#include "models/paged_table_model.h"
#include "screens/dashboard_screen.h"
#include "screens/list_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/cluster_filter.h"
#include "widgets/figure_tile.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QSignalSpy>
#include <QTest>
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
