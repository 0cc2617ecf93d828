#pragma once

#include "app/session.h"
#include "commands/record_step.h"

#include <QUndoCommand>
#include <memory>
#include <vector>

namespace clusterdesk::ui {

// One user action on the undo stack: a list of record writes that run, and are undone, as one transaction.
// After each run the session announces every record touched, so the lists update just those rows.
class RepositoryCommand : public QUndoCommand {
public:
    RepositoryCommand(Session& session, const QString& text);

    template <class T> RepositoryCommand& save(std::optional<T> before, T after) {
        return add(std::make_unique<SaveStep<T>>(std::move(before), std::move(after)));
    }
    template <class T> RepositoryCommand& create(T record) {
        return save<T>(std::nullopt, std::move(record));
    }
    template <class T> RepositoryCommand& remove(const std::string& id) {
        return add(std::make_unique<RemoveStep<T>>(id));
    }
    template <class T> RepositoryCommand& restore(const std::string& id) {
        return add(std::make_unique<RemoveStep<T>>(id, true));
    }
    RepositoryCommand& add(std::unique_ptr<RecordStep> step);
    // Another record whose list line shows something this action changes (a company's clusters when a
    // membership changes).
    RepositoryCommand& alsoRefresh(const std::string& table, const std::string& id);

    bool isEmpty() const { return m_steps.empty(); }
    // The id of the first step's record: the record a "create" made.
    std::string firstId() const;

    void run(bool forward);
    void markDone() { m_skipNextRedo = true; }

    void redo() override;
    void undo() override;

private:
    void runFromStack(bool forward);

    Session& m_session;
    std::vector<std::unique_ptr<RecordStep>> m_steps;
    QList<RecordRef> m_extra;
    bool m_skipNextRedo = false;
};

} // namespace clusterdesk::ui

namespace clusterdesk::ui {

// "Delete X" or "Restore X" of one record as a command.
template <class T>
std::unique_ptr<RepositoryCommand> deletionCommand(Session& session, const QString& text, const QString& id,
                                                   bool restore = false) {
    auto command = std::make_unique<RepositoryCommand>(session, text);
    if (restore)
        command->template restore<T>(id.toStdString());
    else
        command->template remove<T>(id.toStdString());
    return command;
}

} // namespace clusterdesk::ui
