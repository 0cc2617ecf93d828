#pragma once

#include "reports/quarterly_report.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace clusterdesk::ui {

class ClusterFilter;
class PeriodPicker;
class Session;

// The output summary for the funders: a quarter, a year or any period, for all clusters or one; a
// preview of the very pages of the PDF; saving it as PDF, HTML, CSV or JSON; printing it; and closing a
// quarter once its report was sent. The figures are gathered on a worker thread (its own connection),
// so a large database never freezes the window.
class ReportsScreen : public QWidget {
    Q_OBJECT
public:
    enum class Format { Pdf, Html, Csv, Json };

    explicit ReportsScreen(Session& session, QWidget* parent = nullptr);
    ~ReportsScreen() override;

    // Dialogs go through these, so that tests can answer them. The defaults open the usual dialogs.
    std::function<QString(const QString& title, const QString& suggestion, const QString& filter)>
        askSavePath;
    std::function<bool(const QString& title, const QString& text)> askConfirmation;
    std::function<bool(QPrinter& printer)> choosePrinter;
    std::function<void(const QString& what, const QString& message)> reportError;

    void setToday(const Date& today); // tests pin "today"; by default the real date
    void setQuarter(const Period& quarter);
    PeriodPicker* periodPicker() const { return m_period; }
    ClusterFilter* clusterFilter() const { return m_cluster; }
    QPrintPreviewWidget* preview() const { return m_preview; }
    QLabel* status() const { return m_status; }
    QLabel* changedNotice() const { return m_notice; }
    QPushButton* button(Format format) const;
    QPushButton* printButton() const { return m_print; }
    QPushButton* closeQuarterButton() const { return m_close; }
    bool isBusy() const { return m_worker != nullptr; }
    // The report shown, once gathered.
    const std::optional<QuarterlyReport>& report() const { return m_report; }

    // Asks where to save (askSavePath) and writes the report there; false when nothing was written.
    bool saveAs(Format format);
    void print();
    void closeQuarter();

signals:
    void reportReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Job;
    QWidget* buildButtons();
    void gather();
    void gathered();
    void showClosingState();
    void showDifferences();
    QByteArray fileBytes(Format format) const;
    QString suggestedFileName(const QString& suffix) const;
    bool writeFile(const QString& path, const QByteArray& bytes, const QString& what);

    Session& m_session;
    Date m_today;
    PeriodPicker* m_period;
    ClusterFilter* m_cluster;
    QPushButton* m_pdf;
    QPushButton* m_html;
    QPushButton* m_csv;
    QPushButton* m_json;
    QPushButton* m_print;
    QPushButton* m_close;
    QLabel* m_status;
    QLabel* m_notice;
    QProgressBar* m_progress;
    QPrinter* m_previewPrinter;
    QPrintPreviewWidget* m_preview;
    QTimer* m_refreshDelay;
    QThread* m_worker = nullptr;
    std::shared_ptr<Job> m_job;
    bool m_gatherAgain = false;
    bool m_stale = true;
    std::optional<QuarterlyReport> m_report;
};

} // namespace clusterdesk::ui
