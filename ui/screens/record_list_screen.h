#pragma once

#include "commands/repository_command.h"
#include "screens/list_screen.h"

namespace clusterdesk::ui {

// A list screen whose rows are records of one entity T: deleting and restoring are the same for all.
// texts are the undo texts, with %1 for the record's description ("Delete person “%1”").
template <class T> class RecordListScreen : public ListScreen {
public:
    RecordListScreen(Session& session, const QString& name, PagedTableModel* model, QString deleteText,
                     QString restoreText, QWidget* parent = nullptr)
        : ListScreen(session, name, model, parent)
        , m_deleteText(std::move(deleteText))
        , m_restoreText(std::move(restoreText)) {}

protected:
    std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) override {
        return deletionCommand<T>(session(), m_deleteText.arg(describe(id)), id);
    }
    std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) override {
        return deletionCommand<T>(session(), m_restoreText.arg(describe(id)), id, true);
    }

private:
    QString m_deleteText;
    QString m_restoreText;
};

} // namespace clusterdesk::ui
