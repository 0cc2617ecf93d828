// The exchange dialogs driven as a user would: a package exported from one database and imported into
// another, a broken package refused, a conflict shown and decided.
#include "app/main_window.h"
#include "app/session.h"
#include "audit/audit_list_model.h"
#include "exchange/conflict_table_model.h"
#include "exchange/conflicts_dialog.h"
#include "exchange/exchange.h"
#include "exchange/exchange_log_dialog.h"
#include "exchange/exchange_log_model.h"
#include "exchange/exchange_menu.h"
#include "exchange/export_package_dialog.h"
#include "exchange/import_package_dialog.h"
#include "storage/audit_store.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
// One database with its replica name, as on the office PC or a consultant's laptop.
struct Replica : TestSession {
    explicit Replica(const std::string& name) {
        db().setActor(name);
        Exchange(db()).setReplicaName(name);
    }
    std::string file(const std::string& name) { return dir.file(name); }
};

template <class Dialog> void waitFor(Dialog& dialog) {
    QSignalSpy finished(&dialog, &Dialog::finished);
    while (dialog.isBusy())
        REQUIRE(finished.wait(20000));
}

void exportThroughDialog(Replica& from, const std::string& path, const QString& peer = {}) {
    ui::ExportPackageDialog dialog(*from.session);
    dialog.show();
    if (peer.isEmpty())
        dialog.chooseEverything();
    else
        dialog.choosePeer(peer);
    dialog.setFile(QString::fromStdString(path));
    REQUIRE(dialog.exportButton()->isEnabled());
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    waitFor(dialog);
    REQUIRE(dialog.exported());
}

ImportSummary importThroughDialog(Replica& into, const std::string& path) {
    ui::ImportPackageDialog dialog(*into.session);
    dialog.show();
    dialog.setFile(QString::fromStdString(path));
    waitFor(dialog);
    REQUIRE(dialog.checkedOk());
    REQUIRE(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    waitFor(dialog);
    REQUIRE(dialog.imported());
    return dialog.summary();
}
} // namespace

TEST_CASE("a package exported through the dialog imports into another database through the dialog",
          "[exchange_ui]") {
    Replica office("Office"), ana("Ana");
    addSampleData(office.repo(), 3);
    std::string path = office.file("ana.cdx");

    ui::ExportPackageDialog exportDialog(*office.session);
    exportDialog.show();
    // No database has sent anything yet: the first package holds everything.
    CHECK(exportDialog.peerBox()->count() == 0);
    exportDialog.setFile(QString::fromStdString(path));
    QTest::mouseClick(exportDialog.exportButton(), Qt::LeftButton);
    waitFor(exportDialog);
    REQUIRE(exportDialog.exported());
    CHECK(exportDialog.resultLabel()->text().contains(QStringLiteral("ana.cdx")));
    CHECK(exportDialog.resultLabel()->text().contains(QStringLiteral("everything")));
    CHECK_FALSE(exportDialog.exportButton()->isEnabled());

    ui::ImportPackageDialog importDialog(*ana.session);
    QSignalSpy reloaded(ana.session.get(), &ui::Session::reloadNeeded);
    importDialog.show();
    importDialog.setFile(QString::fromStdString(path));
    waitFor(importDialog);
    REQUIRE(importDialog.checkedOk());
    CHECK(importDialog.contentsLabel()->text().contains(QStringLiteral("Office")));
    CHECK(countRows(ana.db(), "SELECT count(*) FROM company") == 0); // looking at it wrote nothing
    QTest::mouseClick(importDialog.importButton(), Qt::LeftButton);
    waitFor(importDialog);
    REQUIRE(importDialog.imported());
    CHECK(importDialog.summary().added == importDialog.info().records + importDialog.info().referenced);
    CHECK(importDialog.resultLabel()->text().contains(
        QStringLiteral("Added: %1").arg(importDialog.summary().added)));
    CHECK(countRows(ana.db(), "SELECT count(*) FROM company") == 3);
    CHECK(reloaded.count() == 1);
    CHECK_FALSE(importDialog.importButton()->isEnabled());

    // Ana's package back makes the two peers; the office then picks her by name.
    exportThroughDialog(ana, ana.file("office.cdx"));
    importThroughDialog(office, ana.file("office.cdx"));
    ui::ExportPackageDialog again(*office.session);
    REQUIRE(again.peerBox()->findText(QStringLiteral("Ana")) >= 0);
    exportThroughDialog(office, office.file("ana-2.cdx"), QStringLiteral("Ana"));
    CHECK(importThroughDialog(ana, office.file("ana-2.cdx")).added == 0);
}

TEST_CASE("a broken package shows why it is refused and changes nothing", "[exchange_ui]") {
    Replica office("Office"), ana("Ana");
    addSampleData(office.repo(), 2);
    std::string path = office.file("ana.cdx");
    exportThroughDialog(office, path);
    QFile file(QString::fromStdString(path));
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray text = file.readAll();
    file.resize(text.size() / 2); // truncated on the way
    file.close();

    ui::ImportPackageDialog dialog(*ana.session);
    dialog.show();
    dialog.setFile(QString::fromStdString(path));
    waitFor(dialog);
    CHECK_FALSE(dialog.checkedOk());
    CHECK(dialog.contentsLabel()->text().contains(QStringLiteral("cannot be imported")));
    CHECK(dialog.contentsLabel()->text().contains(QStringLiteral("ana.cdx")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(countRows(ana.db(), "SELECT count(*) FROM company") == 0);
    CHECK(Exchange(ana.db()).log().empty());
}

TEST_CASE("a conflict is shown with both values and decided in the conflicts dialog", "[exchange_ui]") {
    Replica office("Office"), ana("Ana");
    auto data = addSampleData(office.repo(), 1);
    exportThroughDialog(office, office.file("ana.cdx"));
    importThroughDialog(ana, office.file("ana.cdx"));
    Company atOffice = office.repo().companies().get(data.companyIds[0]);
    atOffice.city = "Cluj-Napoca";
    office.repo().companies().update(atOffice);
    Company atAna = ana.repo().companies().get(data.companyIds[0]);
    atAna.city = "Oradea";
    ana.repo().companies().update(atAna);
    exportThroughDialog(ana, ana.file("office.cdx"));
    CHECK(importThroughDialog(office, ana.file("office.cdx")).inConflict == 1);

    ui::ConflictsDialog dialog(*office.session);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();
    REQUIRE(dialog.model()->rowCount() == 1);
    auto cell = [&](int column) { return dialog.model()->index(0, column).data().toString(); };
    CHECK(cell(ui::ConflictTableModel::Record).contains(QStringLiteral("Company 1000")));
    CHECK(cell(ui::ConflictTableModel::Field) == QStringLiteral("city"));
    CHECK(cell(ui::ConflictTableModel::Mine) == QStringLiteral("Cluj-Napoca"));
    CHECK(cell(ui::ConflictTableModel::Theirs) == QStringLiteral("Oradea"));
    CHECK(cell(ui::ConflictTableModel::MineChanged).startsWith(QStringLiteral("Office, ")));
    CHECK(cell(ui::ConflictTableModel::TheirsChanged).startsWith(QStringLiteral("Ana, ")));
    CHECK(cell(ui::ConflictTableModel::From) == QStringLiteral("Ana"));
    // Nothing was overwritten until the user decides.
    CHECK(office.repo().companies().get(data.companyIds[0]).city == "Cluj-Napoca");

    QSignalSpy reloaded(office.session.get(), &ui::Session::reloadNeeded);
    dialog.table()->selectRow(0);
    REQUIRE(dialog.keepTheirsButton()->isEnabled());
    QTest::mouseClick(dialog.keepTheirsButton(), Qt::LeftButton);
    CHECK(dialog.model()->rowCount() == 0);
    CHECK_FALSE(dialog.keepTheirsButton()->isEnabled());
    CHECK(office.repo().companies().get(data.companyIds[0]).city == "Oradea");
    CHECK(reloaded.count() == 1);
    CHECK(Exchange(office.db()).conflicts().empty());
}

TEST_CASE("the exchange log lists every export and import", "[exchange_ui]") {
    Replica office("Office"), ana("Ana");
    addSampleData(office.repo(), 2);
    exportThroughDialog(office, office.file("ana.cdx"));
    importThroughDialog(ana, office.file("ana.cdx"));
    ui::ExchangeLogDialog dialog(*ana.session);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(dialog.model()->rowCount() == 1);
    auto cell = [&](int column) { return dialog.model()->index(0, column).data().toString(); };
    CHECK(cell(ui::ExchangeLogModel::Direction) == QStringLiteral("Imported"));
    CHECK(cell(ui::ExchangeLogModel::Peer) == QStringLiteral("Office"));
    CHECK(cell(ui::ExchangeLogModel::InConflict) == QStringLiteral("0"));
    CHECK(cell(ui::ExchangeLogModel::Added).toInt() > 0);
}

TEST_CASE("the File menu has an Exchange submenu", "[exchange_ui]") {
    Replica office("Office");
    ui::MainWindow window;
    REQUIRE(window.openDatabase(office.session->path()));
    auto* menu = window.findChild<ui::ExchangeMenu*>();
    REQUIRE(menu);
    QStringList titles;
    for (QAction* action : menu->actions())
        if (!action->isSeparator())
            titles << action->text();
    CHECK(titles == QStringList{QStringLiteral("&Export Package…"), QStringLiteral("&Import Package…"),
                                QStringLiteral("&Conflicts…"), QStringLiteral("Exchange &Log…"),
                                QStringLiteral("&Replica Name…")});
}

TEST_CASE("the replica name is set from the Exchange menu", "[exchange_ui]") {
    Replica laptop("laptop");
    QWidget window;
    ui::ExchangeMenu menu(&window, [&laptop] { return laptop.session.get(); });
    acceptNextDialog([](QDialog* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("Ana's laptop"));
    });
    menu.renameReplica();
    CHECK(Exchange(laptop.db()).replicaName() == "Ana's laptop");
}

TEST_CASE("an audit filled in on the laptop shows in the office's Audits list after the import",
          "[exchange_ui]") {
    Replica office("Office"), ana("Ana");
    auto data = addSampleData(office.repo(), 1);
    Visit visit;
    visit.companyId = data.companyIds[0];
    visit.clusterId = data.clusterIds[0];
    visit.date = Date(2026, 3, 10);
    visit.auditKind = "technology_audit";
    visit = office.repo().visits().insert(visit);
    ui::AuditListModel audits(*office.session);
    CHECK(audits.rowCount() == 0);
    exportThroughDialog(office, office.file("ana.cdx"));
    importThroughDialog(ana, office.file("ana.cdx"));
    AuditStore atAna(ana.db());
    std::string auditId = atAna.start({"technology_audit", 0, visit.id, {}, {}}).id;
    atAna.saveAnswer(auditId, "ts_defined", "8");
    exportThroughDialog(ana, ana.file("office.cdx"));
    importThroughDialog(office, ana.file("office.cdx"));
    CHECK(audits.rowCount() == 1);
    CHECK(AuditStore(office.db()).load(auditId).answers.at("ts_defined") == "8");
}

TEST_CASE("chosen companies are exported with everything about them", "[exchange_ui]") {
    Replica office("Office"), ana("Ana");
    auto data = addSampleData(office.repo(), 3);
    ui::ExportPackageDialog dialog(*office.session);
    dialog.show();
    dialog.addCompany(QString::fromStdString(data.companyIds[1]), QStringLiteral("Company 1001"));
    dialog.setFile(QString::fromStdString(office.file("one.cdx")));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    waitFor(dialog);
    REQUIRE(dialog.exported());
    CHECK(dialog.summary().selection.find(data.companyIds[1]) != std::string::npos);
    importThroughDialog(ana, office.file("one.cdx"));
    CHECK(countRows(ana.db(), "SELECT count(*) FROM company") == 1);
    CHECK(ana.repo().companies().find(data.companyIds[1]));
}
