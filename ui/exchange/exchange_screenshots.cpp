#include "exchange/exchange_screenshots.h"

#include "app/session.h"
#include "exchange/conflicts_dialog.h"
#include "exchange/exchange.h"
#include "exchange/exchange_log_dialog.h"
#include "exchange/export_package_dialog.h"
#include "exchange/import_package_dialog.h"
#include "storage/demo_data.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

namespace clusterdesk::ui {

namespace {
std::unique_ptr<Session> openReplica(const QString& path, const std::string& name, const std::string& actor) {
    auto db = std::make_unique<Database>(path.toStdString());
    db->setActor(actor);
    Exchange(*db).setReplicaName(name);
    return std::make_unique<Session>(std::move(db));
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Waits for the dialog's worker thread.
template <class Dialog> void settle(Dialog& dialog) {
    QElapsedTimer waited;
    waited.start();
    while (dialog.isBusy() && waited.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    settle();
}

void save(QWidget& widget, const QString& file) {
    if (!widget.grab().save(file))
        spdlog::warn("screenshot {} could not be written", file.toStdString());
}
} // namespace

void grabExchangeDialogs(const QString& directory) {
    QTemporaryDir temp;
    try {
        auto office = openReplica(temp.filePath(QStringLiteral("office.sqlite")), "Office", "maria");
        auto ana = openReplica(temp.filePath(QStringLiteral("ana.sqlite")), "Ana's laptop", "ana");
        loadDemoData(office->repository());
        // The laptop got everything once and sent its first package back: the two know each other.
        ExportRequest everything;
        everything.everything = true;
        std::string first = temp.filePath(QStringLiteral("first.cdx")).toStdString();
        Exchange(office->database()).exportPackage(everything, first);
        Exchange(ana->database()).importPackage(first);
        ExportRequest toOffice;
        toOffice.peer = "Office";
        std::string back = temp.filePath(QStringLiteral("back.cdx")).toStdString();
        Exchange(ana->database()).exportPackage(toOffice, back);
        Exchange(office->database()).importPackage(back);

        // A week of work on both sides, one field changed on both.
        auto companies = office->repository().companies().all("name");
        Company atOffice = companies.front();
        atOffice.city = "Cluj-Napoca";
        office->repository().companies().update(atOffice);
        Company atAna = ana->repository().companies().get(atOffice.id);
        atAna.city = "Bistrita";
        atAna.notes = "New owner since March; wants to export to Germany.";
        ana->repository().companies().update(atAna);
        Company second = ana->repository().companies().get(companies.at(1).id);
        second.headcount = second.headcount.value_or(10) + 4;
        ana->repository().companies().update(second);

        QString package = temp.filePath(QStringLiteral("ana-s-laptop-to-office.cdx"));
        ExportPackageDialog exportDialog(*ana);
        exportDialog.choosePeer(QStringLiteral("Office"));
        exportDialog.setFile(package);
        exportDialog.show();
        exportDialog.startExport();
        settle(exportDialog);
        save(exportDialog, directory + QStringLiteral("/exchange-export.png"));

        ImportPackageDialog importDialog(*office);
        importDialog.show();
        importDialog.setFile(package);
        settle(importDialog);
        save(importDialog, directory + QStringLiteral("/exchange-import-check.png"));
        importDialog.startImport();
        settle(importDialog);
        save(importDialog, directory + QStringLiteral("/exchange-import.png"));

        ConflictsDialog conflicts(*office);
        conflicts.show();
        settle();
        save(conflicts, directory + QStringLiteral("/exchange-conflicts.png"));

        ExchangeLogDialog log(*office);
        log.show();
        settle();
        save(log, directory + QStringLiteral("/exchange-log.png"));
    } catch (const std::exception& e) {
        spdlog::warn("the exchange screenshots could not be made: {}", e.what());
    }
}

} // namespace clusterdesk::ui
