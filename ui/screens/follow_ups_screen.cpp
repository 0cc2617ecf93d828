#include "screens/follow_ups_screen.h"

#include "commands/repository_command.h"
#include "models/follow_up_table_model.h"
#include "screens/follow_up_editor.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>

namespace clusterdesk::ui {

FollowUpsScreen::FollowUpsScreen(Session& session, QWidget* parent)
    : ListScreen(session, QStringLiteral("follow-ups"), new FollowUpTableModel(session), parent)
    , m_model(static_cast<FollowUpTableModel*>(model()))
    , m_scope(new QComboBox(this))
    , m_notice(new QLabel(this)) {
    using Scope = FollowUpListQuery::Scope;
    m_scope->addItem(tr("Due within two weeks or overdue"), static_cast<int>(Scope::DueSoon));
    m_scope->addItem(tr("Overdue"), static_cast<int>(Scope::Overdue));
    m_scope->addItem(tr("All open"), static_cast<int>(Scope::Open));
    m_scope->addItem(tr("All, also done and cancelled"), static_cast<int>(Scope::All));
    toolRow()->insertWidget(1, m_scope);
    m_notice->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"));
    m_notice->setWordWrap(true);
    static_cast<QBoxLayout*>(layout())->insertWidget(0, m_notice);
    setEditor(new FollowUpEditor(session, this));
    setDescriptionColumn(FollowUpListQuery::Title);
    connect(m_scope, &QComboBox::activated, this,
            [this] { m_model->setScope(static_cast<Scope>(m_scope->currentData().toInt())); });
    connect(&session, &Session::recordsChanged, this, &FollowUpsScreen::updateNotice);
    restoreSettings();
    updateNotice();
}

void FollowUpsScreen::showOverdueOnly() {
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(FollowUpListQuery::Scope::Overdue)));
    m_model->setScope(FollowUpListQuery::Scope::Overdue);
}

void FollowUpsScreen::updateNotice() {
    int overdue = m_model->overdueCount();
    m_notice->setText(
        tr("Overdue follow-ups: %n. Companies are slow to report back: call them now.", nullptr, overdue));
    m_notice->setVisible(overdue > 0);
}

std::unique_ptr<RepositoryCommand> FollowUpsScreen::deleteCommand(const QString& id) {
    return deletionCommand<FollowUp>(session(), tr("Delete follow-up “%1”").arg(describe(id)), id);
}

std::unique_ptr<RepositoryCommand> FollowUpsScreen::restoreCommand(const QString& id) {
    return deletionCommand<FollowUp>(session(), tr("Restore follow-up “%1”").arg(describe(id)), id, true);
}

} // namespace clusterdesk::ui
