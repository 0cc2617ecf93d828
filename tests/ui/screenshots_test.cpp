// Screenshots of dialogs for docs/user-guide.md that the app's --screenshot tour does not reach. Hidden:
// run by hand with CLUSTERDESK_SCREENSHOTS=DIR build/tests/ui/ui_tests "[.screenshots]".
#include "dialogs/import_dialog.h"
#include "screens/companies_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/record_editor.h"

#include <QDir>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

TEST_CASE("screenshots of the import dialog and of a form with a problem", "[.screenshots]") {
    QString directory = qEnvironmentVariable("CLUSTERDESK_SCREENSHOTS");
    REQUIRE_FALSE(directory.isEmpty());
    QDir().mkpath(directory);
    TestSession t;
    addSampleData(t.repo(), 12);

    ui::ImportDialog dialog(*t.session);
    dialog.show();
    QSignalSpy finished(&dialog, &ui::ImportDialog::finished);
    dialog.setFile(QString::fromStdString(testDataPath("companies-bad.csv")));
    REQUIRE(finished.wait(10000));
    settle();
    CHECK(dialog.grab().save(directory + QStringLiteral("/import.png")));

    ui::CompaniesScreen screen(*t.session);
    screen.resize(1100, 700);
    screen.show();
    screen.newRecord();
    typeInto(fieldOf(screen.editor(), "name"), QStringLiteral("Tricotaje Vest SRL"));
    typeInto(fieldOf(screen.editor(), "fiscal_code"), QStringLiteral("RO4221307"));
    typeInto(fieldOf(screen.editor(), "email"), QStringLiteral("office@tricotaje"));
    settle();
    CHECK(screen.grab().save(directory + QStringLiteral("/company-problems.png")));
}
