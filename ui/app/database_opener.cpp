#include "app/database_opener.h"

#include "app/session.h"
#include "domain/error.h"
#include "platform/app_paths.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <spdlog/spdlog.h>

namespace clusterdesk::ui {

namespace {
const char* kFilter =
    QT_TRANSLATE_NOOP("DatabaseOpener", "ClusterDesk databases (*.sqlite *.clusterdesk *.db);;"
                                        "All files (*)");
}

std::unique_ptr<Session> DatabaseOpener::tryOpen(const QString& path, QString& error) const {
    try {
        auto db = std::make_unique<Database>(path.toStdString());
        db->setActor(currentUserName());
        spdlog::info("opened database, schema version {}", Database::schemaVersion());
        return std::make_unique<Session>(std::move(db));
    } catch (const std::exception& e) {
        spdlog::warn("a database could not be opened");
        error = QString::fromUtf8(e.what());
        return nullptr;
    }
}

std::unique_ptr<Session> DatabaseOpener::open(QString path) {
    while (!path.isEmpty()) {
        QString error;
        if (auto session = tryOpen(path, error))
            return session;
        QMessageBox box(QMessageBox::Warning, tr("ClusterDesk"),
                        tr("ClusterDesk cannot open the database\n%1").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Cancel, m_parent);
        box.setInformativeText(error);
        QPushButton* other = box.addButton(tr("&Open Another…"), QMessageBox::AcceptRole);
        QPushButton* fresh = box.addButton(tr("&New Database…"), QMessageBox::AcceptRole);
        box.setDefaultButton(other);
        box.exec();
        if (box.clickedButton() == other)
            path = askExistingFile();
        else if (box.clickedButton() == fresh)
            path = askNewFile();
        else
            path.clear();
    }
    return nullptr;
}

QString DatabaseOpener::askExistingFile() const {
    return QFileDialog::getOpenFileName(m_parent, tr("Open Database"), QString(), tr(kFilter));
}

QString DatabaseOpener::askNewFile() const {
    for (;;) {
        QString path = QFileDialog::getSaveFileName(m_parent, tr("New Database"), tr("clusterdesk.sqlite"),
                                                    tr(kFilter), nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return path;
        QMessageBox::information(m_parent, tr("New Database"),
                                 tr("%1 already exists. Choose another name, or open it with File ▸ Open.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace clusterdesk::ui
