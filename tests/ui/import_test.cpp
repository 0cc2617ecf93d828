#include "dialogs/import_dialog.h"
#include "models/company_table_model.h"
#include "support/sample_data.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
void waitForCheck(ui::ImportDialog& dialog) {
    QSignalSpy finished(&dialog, &ui::ImportDialog::finished);
    while (dialog.isBusy() || finished.isEmpty())
        REQUIRE(finished.wait(10000));
    while (dialog.isBusy())
        REQUIRE(finished.wait(10000));
}
} // namespace

TEST_CASE("a CSV with bad rows shows each problem with its line and imports nothing", "[import]") {
    TestSession t;
    addSampleData(t.repo(), 2);
    ui::ImportDialog dialog(*t.session);
    dialog.show();
    dialog.setFile(QString::fromStdString(testDataPath("companies-bad.csv")));
    waitForCheck(dialog);

    QTableWidget* problems = dialog.problemTable();
    REQUIRE(problems->rowCount() >= 8);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3")); // the row without a name
    bool badFiscalCode = false;
    for (int row = 0; row < problems->rowCount(); ++row)
        badFiscalCode |= problems->item(row, 0)->text() == QStringLiteral("4") &&
                         problems->item(row, 1)->text() == QStringLiteral("Fiscal code");
    CHECK(badFiscalCode);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summary()->text().startsWith(QStringLiteral("Problems found")));
    CHECK(countRows(t.db(), "SELECT count(*) FROM company") == 2);
}

TEST_CASE("a Romanian spreadsheet is mapped, checked and imported into a cluster without freezing",
          "[import]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 2);
    ui::CompanyTableModel companies(*t.session);
    companies.reload();
    ui::ImportDialog dialog(*t.session);
    dialog.show();
    dialog.setFile(QString::fromStdString(testDataPath("companies-ro.csv")));
    waitForCheck(dialog);

    // The columns were recognised by their Romanian names.
    QTableWidget* mapping = dialog.mappingTable();
    REQUIRE(mapping->rowCount() == 13);
    CHECK(static_cast<QComboBox*>(mapping->cellWidget(1, 2))->currentData().toString() ==
          QStringLiteral("fiscal_code"));
    CHECK(dialog.problemTable()->rowCount() == 0);
    REQUIRE(dialog.importButton()->isEnabled());
    int rows = dialog.lastResult().created;
    REQUIRE(rows > 0);

    // The phone numbers are left out; the cluster is chosen.
    dialog.mapColumn(QStringLiteral("Telefon"), {});
    waitForCheck(dialog);
    dialog.setClusterId(QString::fromStdString(data.clusterIds[1]));
    waitForCheck(dialog);
    REQUIRE(dialog.importButton()->isEnabled());

    QSignalSpy imported(&dialog, &ui::ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.isBusy());
    REQUIRE(imported.wait(10000));
    CHECK(countRows(t.db(), "SELECT count(*) FROM company") == 2 + rows);
    CHECK(countRows(t.db(), "SELECT count(*) FROM company WHERE phone IS NOT NULL") == 0);
    CHECK(countRows(t.db(), "SELECT count(*) FROM membership WHERE cluster_id = '" + data.clusterIds[1] +
                                "'") == 1 + rows);
    CHECK(companies.rowCount() == 2 + rows); // the open lists read the new companies
}
