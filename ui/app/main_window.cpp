#include "app/main_window.h"

#include "app/app_settings.h"
#include "app/database_opener.h"
#include "app/session.h"
#include "audit/audits_screen.h"
#include "dialogs/company_page.h"
#include "dialogs/import_dialog.h"
#include "exchange/exchange_menu.h"
#include "screens/clusters_screen.h"
#include "screens/companies_screen.h"
#include "screens/dashboard_screen.h"
#include "screens/effort_screen.h"
#include "screens/follow_ups_screen.h"
#include "screens/measure_editor.h"
#include "screens/outcomes_screen.h"
#include "screens/people_screen.h"
#include "screens/reports_screen.h"
#include "screens/seminars_screen.h"
#include "screens/support_screen.h"
#include "screens/visit_editor.h"
#include "screens/visits_screen.h"
#include "storage/demo_data.h"
#include "storage/follow_up_list_query.h"
#include "widgets/cluster_filter.h"
#include "widgets/error_dialog.h"
#include "widgets/record_editor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace clusterdesk::ui {

namespace {
constexpr int kMaxRecent = 8;
}

MainWindow::MainWindow()
    : m_sidebar(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_undoGroup(new QUndoGroup(this))
    , m_pathLabel(new QLabel) {
    setWindowTitle(tr("ClusterDesk"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_pathLabel);
    buildSidebar();
    buildMenus();

    auto settings = appSettings();
    if (!restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    if (!splitter->restoreState(settings->value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({180, 1100});
}

MainWindow::~MainWindow() {
    // Screens hold references into the session: they go first.
    delete m_stack;
}

void MainWindow::buildSidebar() {
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setMinimumWidth(150);
    for (const auto& info : screenInfos()) {
        auto* item = new QListWidgetItem(info.title, m_sidebar);
        item->setData(Qt::UserRole, static_cast<int>(info.id));
        item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 14));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_session)
            showScreen(static_cast<ScreenId>(m_sidebar->item(row)->data(Qt::UserRole).toInt()));
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openOtherDatabase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_backUp = file->addAction(tr("&Back Up To…"), this, &MainWindow::backUp);
    m_backUp->setToolTip(tr("Write a copy of the open database to another file"));
    QAction* import = file->addAction(tr("&Import Companies…"), this, &MainWindow::importCompanies);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_loadDemo = file->addAction(tr("Load &Demo Data"), this, &MainWindow::loadDemo);
    m_loadDemo->setToolTip(tr("Fill an empty database with the 2016 story of four Romanian clusters"));
    connect(file, &QMenu::aboutToShow, this,
            [this] { m_loadDemo->setEnabled(m_session && m_session->database().isEmpty()); });
    file->addSeparator();
    file->addMenu(new ExchangeMenu(this, [this] { return m_session.get(); }));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (const auto& info : screenInfos()) {
        QAction* action = go->addAction(info.title, this, [this, id = info.id] { showScreen(id); });
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ClusterDesk"), this, [this] {
        QMessageBox::about(this, tr("About ClusterDesk"),
                           tr("<p><b>ClusterDesk</b> %1</p><p>Case management for cluster organisations: "
                              "seminars, company visits, enhanced support and what came of them.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::openDatabase(const QString& path) {
    if (!confirmLeavingScreens())
        return false;
    DatabaseOpener opener(this);
    std::unique_ptr<Session> session = opener.open(path);
    if (!session)
        return false;
    setSession(std::move(session));
    return true;
}

void MainWindow::setSession(std::unique_ptr<Session> session) {
    dropScreens();
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_session = std::move(session);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &Session::commandFailed, this, [this](const QString& message) {
        showError(this, tr("The edit could not be undone or redone; it was removed from the history."),
                  message);
    });
    rememberRecent(m_session->path());
    updateTitle();
    // Companies are slow to report back: overdue follow-ups are the first thing to see.
    if (FollowUpListQuery(m_session->database()).overdueCount() > 0) {
        if (auto* followUps = qobject_cast<FollowUpsScreen*>(showScreen(ScreenId::FollowUps)))
            followUps->showOverdueOnly();
        return;
    }
    int row = m_sidebar->currentRow();
    if (row < 0)
        m_sidebar->setCurrentRow(0);
    else
        showScreen(static_cast<ScreenId>(m_sidebar->item(row)->data(Qt::UserRole).toInt()));
}

QWidget* MainWindow::createScreen(ScreenId id) {
    Session& s = *m_session;
    switch (id) {
    case ScreenId::Audits:
        return new AuditsScreen(s);
    case ScreenId::Dashboard: {
        auto* screen = new DashboardScreen(s);
        connect(screen, &DashboardScreen::listRequested, this, &MainWindow::showList);
        connect(screen, &DashboardScreen::reportRequested, this, [this](const QString& quarter) {
            if (auto* reports = qobject_cast<ReportsScreen*>(showScreen(ScreenId::Reports)))
                reports->setQuarter(Period::quarter(quarter.toStdString()));
        });
        return screen;
    }
    case ScreenId::Clusters:
        return new ClustersScreen(s);
    case ScreenId::Companies: {
        auto* screen = new CompaniesScreen(s);
        connect(screen, &CompaniesScreen::companyPageRequested, this, &MainWindow::openCompanyPage);
        return screen;
    }
    case ScreenId::Seminars:
        return new SeminarsScreen(s);
    case ScreenId::Visits: {
        auto* screen = new VisitsScreen(s);
        connect(qobject_cast<VisitEditor*>(screen->editor()), &VisitEditor::auditRequested, this,
                &MainWindow::openAuditFor);
        return screen;
    }
    case ScreenId::FollowUps:
        return new FollowUpsScreen(s);
    case ScreenId::People:
        return new PeopleScreen(s);
    case ScreenId::Support: {
        auto* screen = new SupportScreen(s);
        connect(qobject_cast<MeasureEditor*>(screen->editor()), &MeasureEditor::auditRequested, this,
                &MainWindow::openAuditFor);
        return screen;
    }
    case ScreenId::Outcomes:
        return new OutcomesScreen(s);
    case ScreenId::Effort:
        return new EffortScreen(s);
    case ScreenId::Reports:
        return new ReportsScreen(s);
    default:
        return nullptr;
    }
}

QWidget* MainWindow::ensureScreen(ScreenId id) {
    if (!m_session)
        return nullptr;
    QWidget*& screen = m_screens[id];
    if (!screen) {
        screen = createScreen(id);
        if (!screen) {
            m_screens.erase(id);
            return nullptr;
        }
        m_stack->addWidget(screen);
    }
    return screen;
}

AuditsScreen* MainWindow::auditsScreen() {
    return qobject_cast<AuditsScreen*>(ensureScreen(ScreenId::Audits));
}

QWidget* MainWindow::showScreen(ScreenId id) {
    QWidget* screen = ensureScreen(id);
    if (!screen)
        return nullptr;
    m_stack->setCurrentWidget(screen);
    for (int row = 0; row < m_sidebar->count(); ++row)
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(id) &&
            m_sidebar->currentRow() != row) {
            QSignalBlocker block(m_sidebar);
            m_sidebar->setCurrentRow(row);
        }
    return screen;
}

void MainWindow::showList(ScreenId id, const QString& clusterId) {
    QWidget* shown = showScreen(id);
    auto* list = qobject_cast<ListScreen*>(shown);
    if (!list)
        return;
    if (id == ScreenId::Clusters)
        list->selectRecord(clusterId);
    else
        list->clusterFilter()->setClusterId(clusterId);
    if (auto* followUps = qobject_cast<FollowUpsScreen*>(shown))
        followUps->showOverdueOnly();
}

QWidget* MainWindow::screen(ScreenId id) const {
    auto it = m_screens.find(id);
    return it == m_screens.end() ? nullptr : it->second;
}

ScreenId MainWindow::currentScreen() const {
    for (const auto& [id, screen] : m_screens)
        if (screen == m_stack->currentWidget())
            return id;
    return ScreenId::Dashboard;
}

void MainWindow::openCompanyPage(const QString& companyId) {
    if (!m_session || companyId.isEmpty())
        return;
    for (auto* open : findChildren<CompanyPage*>())
        if (open->companyId() == companyId) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto* page = new CompanyPage(*m_session, companyId, this);
    page->setAttribute(Qt::WA_DeleteOnClose);
    connect(page, &CompanyPage::auditRequested, this, &MainWindow::openAudit);
    // A page belongs to the database it shows.
    connect(m_session.get(), &QObject::destroyed, page, &QWidget::close);
    page->show();
}

void MainWindow::openAuditFor(const QString& companyId, const QString& companyName,
                              const QString& visitOrMeasureId) {
    if (AuditsScreen* audits = auditsScreen();
        audits && audits->openOrStartAudit(companyId, companyName, visitOrMeasureId))
        showScreen(ScreenId::Audits);
}

void MainWindow::openAudit(const QString& auditId) {
    if (AuditsScreen* audits = auditsScreen(); audits && audits->openAudit(auditId)) {
        showScreen(ScreenId::Audits);
        raise();
        activateWindow();
    }
}

void MainWindow::newDatabase() {
    QString path = DatabaseOpener(this).askNewFile();
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openOtherDatabase() {
    QString path = DatabaseOpener(this).askExistingFile();
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backUp() {
    if (!m_session)
        return;
    QFileInfo current(m_session->path());
    QString suggestion = current.absolutePath() + QLatin1Char('/') + current.completeBaseName() +
                         QStringLiteral("-backup-") + QDate::currentDate().toString(Qt::ISODate) +
                         QLatin1Char('.') + current.suffix();
    QString target = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggestion,
                                                  tr("ClusterDesk databases (*.sqlite *.clusterdesk *.db)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == current.absoluteFilePath()) {
        showError(this, tr("The backup was not written"), tr("Choose a file other than the open database."));
        return;
    }
    try {
        m_session->database().backupTo(target.toStdString());
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
    } catch (const std::exception& e) {
        showError(this, tr("The backup was not written"), e);
    }
}

void MainWindow::loadDemo() {
    if (!m_session || !m_session->database().isEmpty())
        return;
    try {
        loadDemoData(m_session->repository());
    } catch (const std::exception& e) {
        showError(this, tr("The demo data was not loaded"), e);
        return;
    }
    // Everything changed: the screens are made again from the new contents.
    m_session->undoStack()->clear();
    ScreenId shown = currentScreen();
    dropScreens();
    showScreen(shown);
    statusBar()->showMessage(tr("The demo data was loaded."), 8000);
}

void MainWindow::importCompanies() {
    if (!m_session)
        return;
    ImportDialog dialog(*m_session, this);
    connect(&dialog, &ImportDialog::imported, this, [this](const ImportResult& result) {
        statusBar()->showMessage(
            tr("Imported: %1 new companies, %2 updated.").arg(result.created).arg(result.updated), 10000);
    });
    dialog.exec();
}

void MainWindow::dropScreens() {
    for (auto& [id, screen] : m_screens)
        delete screen;
    m_screens.clear();
}

void MainWindow::rememberRecent(const QString& path) {
    auto settings = appSettings();
    QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = settings->value(QStringLiteral("databases/recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings->setValue(QStringLiteral("databases/recent"), recent);
    settings->setValue(QStringLiteral("databases/last"), absolute);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    QStringList recent = appSettings()->value(QStringLiteral("databases/recent")).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                                  [this, path] { openDatabase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::updateTitle() {
    QString path = m_session ? QDir::toNativeSeparators(m_session->path()) : QString();
    setWindowTitle(path.isEmpty() ? tr("ClusterDesk")
                                  : tr("%1 – ClusterDesk").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(path);
    m_backUp->setEnabled(m_session != nullptr);
}

bool MainWindow::confirmLeavingScreens() {
    for (auto& [id, screen] : m_screens)
        if (auto* list = qobject_cast<ListScreen*>(screen); list && list->editor())
            if (!list->editor()->confirmLeave())
                return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmLeavingScreens()) {
        event->ignore();
        return;
    }
    auto settings = appSettings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings->setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

} // namespace clusterdesk::ui
