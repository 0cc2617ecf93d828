#pragma once

#include "storage/database.h"
#include "storage/repository.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;

namespace clusterdesk::ui {

class RepositoryCommand;

// A record that an action created, changed, deleted or restored: the lists showing it refresh that row.
struct RecordRef {
    QString table; // storage table name: "company"
    QString id;
    bool operator==(const RecordRef&) const = default;
};

// One open database and everything the screens share about it: the repository, the undo stack of this
// session's edits, and the signal that tells every list which records changed.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Session() override;

    Database& database() { return *m_db; }
    Repository& repository() { return m_repository; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString path() const; // absolute

    // Runs the command once; when it succeeds it goes on the undo stack. When it fails nothing was written
    // and its error (ValidationError, StorageError, ...) is let out for the caller to show.
    void execute(std::unique_ptr<RepositoryCommand> command);

    void announce(const QList<RecordRef>& records) { emit recordsChanged(records); }
    // After a bulk change outside the undo stack (an import): every list reads its records again.
    void reloadAll() { emit reloadNeeded(); }

signals:
    void recordsChanged(const QList<RecordRef>& records);
    void reloadNeeded();
    // Undoing or redoing failed (another program changed the records meanwhile); the command was dropped.
    void commandFailed(const QString& message);

private:
    std::unique_ptr<Database> m_db;
    Repository m_repository;
    QUndoStack* m_undoStack;
};

} // namespace clusterdesk::ui
