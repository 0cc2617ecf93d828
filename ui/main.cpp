// clusterdesk: the desktop app for cluster managers and consultants.
#include "app/app_settings.h"
#include "app/main_window.h"
#include "app/screenshot_tour.h"
#include "platform/app_paths.h"
#include "platform/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <spdlog/spdlog.h>

using namespace clusterdesk;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("clusterdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ClusterDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLUSTERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Case management for cluster organisations."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main", "Open FILE instead of the last or default database."),
        QStringLiteral("FILE"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of every screen into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOption(db);
    parser.addOption(screenshots);
    parser.process(app);

    setUpLogging("clusterdesk");
    spdlog::info("clusterdesk {} started", CLUSTERDESK_VERSION);

    QString path = parser.value(db);
    if (path.isEmpty()) {
        // The last database used, while it still exists; the default one otherwise (made on first start).
        QString last = ui::appSettings()->value(QStringLiteral("databases/last")).toString();
        try {
            path = !last.isEmpty() && QFileInfo::exists(last) ? last
                                                              : QString::fromStdString(defaultDatabasePath());
        } catch (const std::exception& e) {
            path.clear();
            spdlog::error("no default database folder");
        }
    }

    ui::MainWindow window;
    if (!window.openDatabase(path))
        return 3;
    window.show();
    if (parser.isSet(screenshots))
        ui::ScreenshotTour::start(window, parser.value(screenshots));
    return app.exec();
}
