#include "app/screenshot_tour.h"

#include "app/main_window.h"
#include "app/session.h"
#include "audit/audit_screenshots.h"
#include "dialogs/attendance_dialog.h"
#include "dialogs/company_page.h"
#include "exchange/exchange_screenshots.h"
#include "screens/reports_screen.h"
#include "screens/seminars_screen.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QPrintPreviewWidget>
#include <QTabWidget>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace clusterdesk::ui {

void ScreenshotTour::start(MainWindow& window, const QString& directory) {
    QDir().mkpath(directory);
    QTimer::singleShot(300, &window, [&window, directory] {
        grabAuditScreens(window, directory);
        for (const auto& info : screenInfos()) {
            if (!window.showScreen(info.id))
                continue;
            // Let layouts settle and the lists read their first page before grabbing.
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            // The report is gathered on a worker thread.
            if (auto* reports = qobject_cast<ReportsScreen*>(window.screen(info.id))) {
                QElapsedTimer waited;
                waited.start();
                while (reports->isBusy() && waited.elapsed() < 20000)
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
                reports->preview()->setCurrentPage(2); // the summary says more than the title page
                QApplication::processEvents();
            }
            QString file = directory + QLatin1Char('/') + info.key + QStringLiteral(".png");
            if (!window.grab().save(file))
                spdlog::warn("screenshot {} could not be written", file.toStdString());
        }
        // The attendance sheet of the newest seminar, as a cluster manager at the door sees it.
        if (auto* seminars = qobject_cast<SeminarsScreen*>(window.showScreen(ScreenId::Seminars));
            seminars && !seminars->currentId().isEmpty()) {
            AttendanceDialog* dialog = seminars->openAttendance(seminars->currentId());
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            dialog->grab().save(directory + QStringLiteral("/attendance.png"));
            dialog->close();
        }
        // The page of a company with a story: the first one visited.
        if (auto* visits = qobject_cast<ListScreen*>(window.showScreen(ScreenId::Visits));
            visits && !visits->currentId().isEmpty()) {
            Visit visit = window.session()->repository().visits().get(visits->currentId().toStdString());
            window.openCompanyPage(QString::fromStdString(visit.companyId));
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            for (auto* page : window.findChildren<CompanyPage*>()) {
                page->grab().save(directory + QStringLiteral("/company-page.png"));
                page->tabs()->setCurrentIndex(page->tabs()->count() - 1); // the change history
                QApplication::processEvents();
                page->grab().save(directory + QStringLiteral("/company-history.png"));
                page->close();
            }
        }
        grabExchangeDialogs(directory);
        QApplication::quit();
    });
}

} // namespace clusterdesk::ui
