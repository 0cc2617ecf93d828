#include "commands/repository_command.h"

#include "domain/error.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Exception.h>
#include <spdlog/spdlog.h>

namespace clusterdesk::ui {

RepositoryCommand::RepositoryCommand(Session& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session) {}

RepositoryCommand& RepositoryCommand::add(std::unique_ptr<RecordStep> step) {
    m_steps.push_back(std::move(step));
    return *this;
}

RepositoryCommand& RepositoryCommand::alsoRefresh(const std::string& table, const std::string& id) {
    m_extra.append({QString::fromStdString(table), QString::fromStdString(id)});
    return *this;
}

std::string RepositoryCommand::firstId() const {
    return m_steps.empty() ? std::string{} : m_steps.front()->id();
}

void RepositoryCommand::run(bool forward) {
    Repository& repository = m_session.repository();
    {
        WriteTransaction tx(m_session.database());
        if (forward)
            for (auto& step : m_steps)
                step->apply(repository);
        else
            for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
                (*it)->revert(repository);
        tx.commit();
    }
    QList<RecordRef> touched;
    for (const auto& step : m_steps) {
        RecordRef ref{QString::fromStdString(step->table()), QString::fromStdString(step->id())};
        if (!touched.contains(ref))
            touched.append(ref);
    }
    for (const auto& ref : m_extra)
        if (!touched.contains(ref))
            touched.append(ref);
    m_session.announce(touched);
}

void RepositoryCommand::runFromStack(bool forward) {
    try {
        run(forward);
    } catch (const std::exception& e) {
        // The stack cannot take a failure back; drop the command so the history stays truthful.
        // The message may quote personal data (an email address): it goes to the user, not the log.
        spdlog::warn("{} of an edit failed; the edit was dropped from the undo history",
                     forward ? "redo" : "undo");
        setObsolete(true);
        emit m_session.commandFailed(QString::fromUtf8(e.what()));
    }
}

void RepositoryCommand::redo() {
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    runFromStack(true);
}

void RepositoryCommand::undo() {
    runFromStack(false);
}

} // namespace clusterdesk::ui
