#pragma once

#include <QString>
#include <memory>

class QWidget;

namespace clusterdesk::ui {

class RepositoryCommand;
class Session;

// "Delete audit" (or, with restore, "Restore audit") as one command for the session's undo stack. The
// audit keeps its tombstone and its answers, so undo brings it back whole.
std::unique_ptr<RepositoryCommand> auditDeletionCommand(Session& session, const QString& auditId,
                                                        const QString& text, bool restore = false);

// Deleting an audit started by mistake, from any list of audits: asks to confirm, then deletes it as one
// undoable command. A completed audit is not deleted: the user is told to reopen it first, giving a
// reason, as the store requires. True when the audit was deleted.
bool askDeleteAudit(QWidget* parent, Session& session, const QString& auditId);

} // namespace clusterdesk::ui
