#pragma once

#include "screens/list_screen.h"

class QComboBox;
class QLabel;

namespace clusterdesk::ui {

class FollowUpTableModel;

// Follow-ups due within two weeks or overdue (or all open, or all), with a notice while any is overdue.
class FollowUpsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit FollowUpsScreen(Session& session, QWidget* parent = nullptr);

    void showOverdueOnly();
    QComboBox* scopeCombo() const { return m_scope; }
    QLabel* overdueNotice() const { return m_notice; }

protected:
    std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) override;
    std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) override;

private:
    void updateNotice();

    FollowUpTableModel* m_model;
    QComboBox* m_scope;
    QLabel* m_notice;
};

} // namespace clusterdesk::ui
