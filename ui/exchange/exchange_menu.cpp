#include "exchange/exchange_menu.h"

#include "app/session.h"
#include "exchange/conflicts_dialog.h"
#include "exchange/exchange.h"
#include "exchange/exchange_log_dialog.h"
#include "exchange/exchange_text.h"
#include "exchange/export_package_dialog.h"
#include "exchange/import_package_dialog.h"
#include "widgets/error_dialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace clusterdesk::ui {

ExchangeMenu::ExchangeMenu(QWidget* window, std::function<Session*()> session)
    : QMenu(tr("E&xchange"), window)
    , m_window(window)
    , m_session(std::move(session)) {
    m_needSession << addAction(tr("&Export Package…"), this, &ExchangeMenu::exportPackage);
    m_needSession.back()->setToolTip(tr("Write the changes for a laptop or the office to a .cdx file"));
    m_needSession << addAction(tr("&Import Package…"), this, &ExchangeMenu::importPackage);
    m_conflicts = addAction(tr("&Conflicts…"), this, &ExchangeMenu::showConflicts);
    m_needSession << m_conflicts;
    m_needSession << addAction(tr("Exchange &Log…"), this, &ExchangeMenu::showLog);
    addSeparator();
    m_needSession << addAction(tr("&Replica Name…"), this, &ExchangeMenu::renameReplica);
    m_needSession.back()->setToolTip(tr("The name other databases know this one by"));
    connect(this, &QMenu::aboutToShow, this, &ExchangeMenu::updateActions);
}

void ExchangeMenu::updateActions() {
    Session* session = m_session();
    for (QAction* action : m_needSession)
        action->setEnabled(session != nullptr);
    if (!session)
        return;
    std::size_t open = 0;
    try {
        open = Exchange(session->database()).conflicts().size();
    } catch (const std::exception&) {
        // The menu still opens; the dialog shows the error.
    }
    m_conflicts->setText(open > 0 ? tr("&Conflicts (%1)…").arg(open) : tr("&Conflicts…"));
}

void ExchangeMenu::exportPackage() {
    Session* session = m_session();
    if (!session)
        return;
    ExportPackageDialog dialog(*session, m_window);
    dialog.exec();
}

void ExchangeMenu::importPackage() {
    Session* session = m_session();
    if (!session)
        return;
    QString path = QFileDialog::getOpenFileName(m_window, tr("Import Package"), QString(),
                                                tr("ClusterDesk packages (*.cdx);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportPackageDialog dialog(*session, m_window);
    connect(&dialog, &ImportPackageDialog::conflictsWanted, &dialog, [this, &dialog] {
        dialog.accept();
        showConflicts();
    });
    dialog.setFile(path);
    dialog.exec();
}

void ExchangeMenu::showConflicts() {
    if (Session* session = m_session()) {
        ConflictsDialog dialog(*session, m_window);
        dialog.exec();
    }
}

void ExchangeMenu::showLog() {
    if (Session* session = m_session()) {
        ExchangeLogDialog dialog(*session, m_window);
        dialog.exec();
    }
}

void ExchangeMenu::renameReplica() {
    Session* session = m_session();
    if (!session)
        return;
    try {
        Exchange exchange(session->database());
        bool ok = false;
        QString name = QInputDialog::getText(m_window, tr("Replica Name"),
                                             tr("The name other databases know this one by, such as "
                                                "\"Office\" or \"Ana's laptop\":"),
                                             QLineEdit::Normal, qs(exchange.replicaName()), &ok);
        if (ok)
            exchange.setReplicaName(name.trimmed().toStdString());
    } catch (const std::exception& e) {
        showError(m_window, tr("The replica name could not be changed"), e);
    }
}

} // namespace clusterdesk::ui
