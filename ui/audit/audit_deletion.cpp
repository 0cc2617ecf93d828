#include "audit/audit_deletion.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "storage/audit_list_query.h"
#include "storage/audit_store.h"
#include "widgets/error_dialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace clusterdesk::ui {

namespace {
struct AuditDeletion {
    Q_DECLARE_TR_FUNCTIONS(AuditDeletion)
};

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// The audit is not in the repository's stores: its deletion goes through AuditStore, which refuses a
// completed audit.
class AuditRemoveStep : public RecordStep {
public:
    AuditRemoveStep(std::string id, bool restore)
        : m_id(std::move(id))
        , m_restore(restore) {}

    void apply(Repository& r) override { run(r, !m_restore); }
    void revert(Repository& r) override { run(r, m_restore); }
    std::string table() const override { return "audit"; }
    std::string id() const override { return m_id; }

private:
    void run(Repository& r, bool remove) {
        AuditStore store(r.database());
        remove ? store.remove(m_id) : store.restore(m_id);
    }

    std::string m_id;
    bool m_restore;
};
} // namespace

std::unique_ptr<RepositoryCommand> auditDeletionCommand(Session& session, const QString& auditId,
                                                        const QString& text, bool restore) {
    auto command = std::make_unique<RepositoryCommand>(session, text);
    command->add(std::make_unique<AuditRemoveStep>(auditId.toStdString(), restore));
    return command;
}

bool askDeleteAudit(QWidget* parent, Session& session, const QString& auditId) {
    auto row = AuditListQuery(session.database()).row(auditId.toStdString());
    if (!row)
        return false;
    const QString form = qs(row->templateTitle);
    const QString company = qs(row->company);
    const QString during = row->visitId.empty()
                               ? AuditDeletion::tr("the support measure “%1”").arg(qs(row->measureName))
                               : AuditDeletion::tr("the visit on %1").arg(qs(row->date));
    if (row->status == "completed") {
        // A completed audit was given to the company and counts in peer comparisons: taking it back is
        // a decision worth a reason in the change log, which reopening asks for.
        QMessageBox::information(
            parent, AuditDeletion::tr("Delete Audit"),
            AuditDeletion::tr(
                "The audit “%1” of %2 was completed and is locked, so it cannot be deleted as it "
                "is: the company was given its results and other companies are compared with "
                "them.\n\nOpen it and choose “Reopen…”, giving the reason; the draft can then "
                "be deleted.")
                .arg(form, company));
        return false;
    }
    auto answer = QMessageBox::question(
        parent, AuditDeletion::tr("Delete Audit"),
        AuditDeletion::tr("Delete the draft audit “%1” of %2, done during %3?\n\nAnswers given: %4. The "
                          "audit disappears from the lists; you can undo this (Ctrl+Z).")
            .arg(form, company, during)
            .arg(row->answers),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    try {
        session.execute(auditDeletionCommand(
            session, auditId, AuditDeletion::tr("Delete audit “%1” of “%2”").arg(form, company)));
    } catch (const std::exception& e) {
        showError(parent, AuditDeletion::tr("The audit was not deleted"), e);
        return false;
    }
    return true;
}

} // namespace clusterdesk::ui
