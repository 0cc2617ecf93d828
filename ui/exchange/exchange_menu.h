#pragma once

#include <QMenu>
#include <functional>

namespace clusterdesk::ui {

class Session;

// File › Exchange: packages to and from consultants' laptops (export, import), the conflicts they
// raised, the exchange log and this database's replica name. Every entry works on the session the
// window has open when it is chosen.
class ExchangeMenu : public QMenu {
    Q_OBJECT
public:
    ExchangeMenu(QWidget* window, std::function<Session*()> session);

    void exportPackage();
    void importPackage();
    void showConflicts();
    void showLog();
    void renameReplica();

private:
    void updateActions();

    QWidget* m_window;
    std::function<Session*()> m_session;
    QList<QAction*> m_needSession;
    QAction* m_conflicts;
};

} // namespace clusterdesk::ui
