#include "commands/repository_command.h"
#include "dialogs/company_page.h"
#include "models/text_table_model.h"
#include "support/sample_data.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

TEST_CASE("the company page shows the funnel stage per cluster, the timeline newest first and the history",
          "[company-page]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 2);
    const std::string company = data.companyIds[0];
    Seminar s;
    s.title = "Information seminar";
    s.date = Date(2016, 3, 17);
    s.clusterIds = {data.clusterIds[0]};
    s = t.repo().seminars().insert(s);
    Attendance a;
    a.seminarId = s.id;
    a.companyId = company;
    a.status = AttendanceStatus::Attended;
    t.repo().attendance().insert(a);
    Visit v;
    v.companyId = company;
    v.clusterId = data.clusterIds[1]; // visited for a cluster it is not a member of
    v.date = Date(2016, 4, 12);
    v = t.repo().visits().insert(v);
    Recommendation r;
    r.visitId = v.id;
    r.text = "Apply for Horizon Europe";
    r.instrumentCode = "horizon_europe";
    t.repo().recommendations().insert(r);

    ui::CompanyPage page(*t.session, QString::fromStdString(company));
    QAbstractItemModelTester clustersTester(page.clustersModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester timelineTester(page.timelineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester historyTester(page.historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto& clusters = page.clustersModel()->rows();
    REQUIRE(clusters.size() == 2);
    CHECK(clusters[0] == QStringList{"Pro Wood", "not a member", "Visited"});
    CHECK(clusters[1][0] == QStringLiteral("Romanian Textile Concept"));
    CHECK(clusters[1][2] == QStringLiteral("Informed"));

    const auto& timeline = page.timelineModel()->rows();
    REQUIRE(timeline.size() == 3);
    CHECK(timeline[0][0] == QStringLiteral("2016-04-12"));
    CHECK(timeline[2] == QStringList{"2016-03-17", "Seminar: Information seminar", "", "Attended",
                                     "Romanian Textile Concept"});
    CHECK(timeline[1][1] == QStringLiteral("Recommendation: Apply for Horizon Europe"));
    CHECK(timeline[1][2] == QStringLiteral("Horizon Europe"));

    // A change made elsewhere in the app shows at the top of the history at once.
    Company before = t.repo().companies().get(company);
    Company after = before;
    after.city = "Sibiu";
    auto edit = std::make_unique<ui::RepositoryCommand>(*t.session, QStringLiteral("edit"));
    edit->save(std::optional<Company>(before), after);
    t.session->execute(std::move(edit));
    const auto& history = page.historyModel()->rows();
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history[0][1] == QStringLiteral("tester"));
    CHECK(history[0][2] == QStringLiteral("City"));
    CHECK(history[0][3] == QStringLiteral("Arad"));
    CHECK(history[0][4] == QStringLiteral("Sibiu"));
}
