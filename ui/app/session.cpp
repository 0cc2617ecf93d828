#include "app/session.h"

#include "commands/repository_command.h"

#include <QFileInfo>
#include <QUndoStack>

namespace clusterdesk::ui {

Session::Session(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(*m_db)
    , m_undoStack(new QUndoStack(this)) {}

Session::~Session() {
    // The commands refer to the repository: drop them before it goes.
    m_undoStack->clear();
}

QString Session::path() const {
    return QFileInfo(QString::fromStdString(m_db->path())).absoluteFilePath();
}

void Session::execute(std::unique_ptr<RepositoryCommand> command) {
    command->run(true);
    command->markDone();
    m_undoStack->push(command.release());
}

} // namespace clusterdesk::ui
