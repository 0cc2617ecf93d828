#pragma once

#include "app/screen_id.h"

#include <QMainWindow>
#include <map>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace clusterdesk::ui {

class AuditsScreen;
class Session;

// The window: File and Edit menus, the sidebar of screens and the screen shown. Owns the open database's
// Session; screens are made when first shown and all dropped when another database is opened.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    // Opens path, or asks for another file when it cannot be opened. False when nothing was opened.
    bool openDatabase(const QString& path);
    Session* session() const { return m_session.get(); }

    QWidget* showScreen(ScreenId id);
    QWidget* screen(ScreenId id) const; // nullptr when not made yet
    ScreenId currentScreen() const;
    void openCompanyPage(const QString& companyId);
    // Where a visit's or a support measure's editor leads: the company's audit done during it, opened or
    // started on the Audits screen. Nothing changes screen when the user cancels.
    void openAuditFor(const QString& companyId, const QString& companyName, const QString& visitOrMeasureId);
    // Where a company page leads: the audit's form on the Audits screen.
    void openAudit(const QString& auditId);
    // A list screen filtered to one cluster ("" for all): where the dashboard's figures lead.
    void showList(ScreenId id, const QString& clusterId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildSidebar();
    void setSession(std::unique_ptr<Session> session);
    QWidget* createScreen(ScreenId id);
    // The screen, made (but not shown) when it is not yet.
    QWidget* ensureScreen(ScreenId id);
    AuditsScreen* auditsScreen();
    void newDatabase();
    void openOtherDatabase();
    void backUp();
    void loadDemo();
    void importCompanies();
    void dropScreens();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void updateTitle();
    // Unsaved edits in any editor pane: save, discard or cancel. False when the user cancelled.
    bool confirmLeavingScreens();

    std::unique_ptr<Session> m_session;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    std::map<ScreenId, QWidget*> m_screens;
    QMenu* m_recentMenu = nullptr;
    QUndoGroup* m_undoGroup;
    QAction* m_backUp = nullptr;
    QAction* m_loadDemo = nullptr;
    QLabel* m_pathLabel;
};

} // namespace clusterdesk::ui
