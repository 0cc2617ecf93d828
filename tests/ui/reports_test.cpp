#include "screens/reports_screen.h"
#include "support/sample_data.h"

#include <QFile>
#include <QSignalSpy>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

TEST_CASE("the reports screen gathers a quarter's report without blocking and saves it as PDF", "[reports]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 3);
    Visit v;
    v.companyId = data.companyIds[0];
    v.clusterId = data.clusterIds[0];
    v.date = Date(2016, 4, 12);
    t.repo().visits().insert(v);

    ui::ReportsScreen screen(*t.session);
    QSignalSpy ready(&screen, &ui::ReportsScreen::reportReady);
    screen.show();
    CHECK(screen.isBusy()); // the figures are gathered on a worker thread
    REQUIRE(ready.wait(20000));
    REQUIRE(screen.report());
    CHECK(screen.report()->current.period == Period::quarter("2016-Q2"));
    CHECK(screen.report()->current.totals.visits == 1);
    CHECK(screen.preview()->toPlainText().contains(QStringLiteral("Output summary")));

    std::string pdf = t.dir.file("summary.pdf");
    REQUIRE(screen.savePdf(QString::fromStdString(pdf)));
    QFile file(QString::fromStdString(pdf));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}
