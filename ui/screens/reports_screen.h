#pragma once

#include "reports/quarterly_report.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace clusterdesk::ui {

class ClusterFilter;
class Session;

// The quarterly output summary for the funders: a preview of the report for a quarter and one cluster or
// all, saved as PDF or HTML or printed, and closing a quarter once its report was sent. The figures are
// gathered on a worker thread (its own connection), so a large database never freezes the window.
class ReportsScreen : public QWidget {
    Q_OBJECT
public:
    explicit ReportsScreen(Session& session, QWidget* parent = nullptr);
    ~ReportsScreen() override;

    void setQuarter(const Period& quarter);
    ClusterFilter* clusterFilter() const { return m_cluster; }
    QTextBrowser* preview() const { return m_preview; }
    bool isBusy() const { return m_worker != nullptr; }
    // The report shown, once gathered.
    const std::optional<QuarterlyReport>& report() const { return m_report; }
    bool savePdf(const QString& path);
    bool saveHtml(const QString& path);

signals:
    void reportReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Job;
    void gather();
    void gathered();
    void askSave(bool pdf);
    void print();
    void closeQuarter();

    Session& m_session;
    QComboBox* m_quarter;
    ClusterFilter* m_cluster;
    QPushButton* m_pdf;
    QPushButton* m_html;
    QPushButton* m_print;
    QPushButton* m_close;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTextBrowser* m_preview;
    QThread* m_worker = nullptr;
    std::shared_ptr<Job> m_job;
    bool m_gatherAgain = false;
    bool m_stale = true;
    std::optional<QuarterlyReport> m_report;
};

} // namespace clusterdesk::ui
