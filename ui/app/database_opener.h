#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace clusterdesk::ui {

class Session;

// Opens database files for the main window: creates and migrates them as needed, and when one cannot be
// opened (a newer version's file, a broken file) says so naming the file and offers another.
class DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    explicit DatabaseOpener(QWidget* parent)
        : m_parent(parent) {}

    // nullptr when the file could not be opened and the user gave up (chose Cancel).
    std::unique_ptr<Session> open(QString path);
    // The file dialogs; empty when cancelled.
    QString askExistingFile() const;
    QString askNewFile() const;

private:
    std::unique_ptr<Session> tryOpen(const QString& path, QString& error) const;
    QWidget* m_parent;
};

} // namespace clusterdesk::ui
