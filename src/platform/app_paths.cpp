#include "platform/app_paths.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace clusterdesk {

std::string appDataDirectory() {
    // Set here rather than by each program so the CLI and the desktop app share one folder.
    QCoreApplication::setApplicationName(QStringLiteral("clusterdesk"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        throw StorageError(
            "no writable data folder was found for ClusterDesk; set XDG_DATA_HOME or use --db FILE");
    if (!QDir().mkpath(dir))
        throw StorageError(dir.toStdString() + ": cannot create the data folder; use --db FILE");
    return dir.toStdString();
}

std::string defaultDatabasePath() {
    return appDataDirectory() + "/clusterdesk.sqlite";
}

std::string logFilePath() {
    std::string dir = appDataDirectory() + "/logs";
    QDir().mkpath(QString::fromStdString(dir));
    return dir + "/clusterdesk.log";
}

std::string currentUserName() {
    for (const char* variable : {"CLUSTERDESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.toStdString();
    }
    return "unknown";
}

} // namespace clusterdesk
