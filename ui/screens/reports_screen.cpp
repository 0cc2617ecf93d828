#include "screens/reports_screen.h"

#include "app/session.h"
#include "reports/quarter_closing.h"
#include "reports/report_documents.h"
#include "storage/closed_quarters.h"
#include "storage/dashboard_query.h"
#include "widgets/cluster_filter.h"
#include "widgets/error_dialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

namespace clusterdesk::ui {

// One gathering of the report's figures; shared with the worker thread and read after it ended.
struct ReportsScreen::Job {
    std::string databasePath;
    Period period;
    std::string clusterId;
    Date today;
    QuarterlyReport report;
    std::string error;
};

ReportsScreen::ReportsScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_quarter(new QComboBox(this))
    , m_cluster(new ClusterFilter(session, this))
    , m_pdf(new QPushButton(tr("Save &PDF…"), this))
    , m_html(new QPushButton(tr("Save &HTML…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_close(new QPushButton(tr("&Close Quarter…"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_preview(new QTextBrowser(this)) {
    m_close->setToolTip(
        tr("Save the report sent to the funders and freeze its figures; later edits that change "
           "them are shown against what was sent"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Quarter:"), this));
    top->addWidget(m_quarter);
    top->addWidget(m_cluster);
    top->addWidget(m_progress);
    top->addStretch(1);
    for (QPushButton* button : {m_pdf, m_html, m_print, m_close})
        top->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);

    Date today = Date::today();
    Date earliest = DashboardQuery(session.database()).earliestActivity().value_or(today);
    Date latest = DashboardQuery(session.database()).latestActivity(today).value_or(today);
    for (Period q = Period::quarterOf(today); q.to >= earliest || m_quarter->count() < 4;
         q = q.previousQuarter())
        m_quarter->addItem(QString::fromStdString(q.quarterLabel()),
                           QString::fromStdString(q.quarterLabel()));
    m_quarter->setCurrentIndex(
        std::max(0, m_quarter->findData(QString::fromStdString(Period::quarterOf(latest).quarterLabel()))));

    connect(m_quarter, &QComboBox::activated, this, &ReportsScreen::gather);
    connect(m_cluster, &ClusterFilter::clusterChanged, this, &ReportsScreen::gather);
    connect(m_pdf, &QPushButton::clicked, this, [this] { askSave(true); });
    connect(m_html, &QPushButton::clicked, this, [this] { askSave(false); });
    connect(m_print, &QPushButton::clicked, this, &ReportsScreen::print);
    connect(m_close, &QPushButton::clicked, this, &ReportsScreen::closeQuarter);
    connect(&session, &Session::recordsChanged, this, [this] { m_stale = true; });
    connect(&session, &Session::reloadNeeded, this, [this] { m_stale = true; });
}

ReportsScreen::~ReportsScreen() {
    if (m_worker)
        m_worker->wait();
}

void ReportsScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        gather();
}

void ReportsScreen::setQuarter(const Period& quarter) {
    QString label = QString::fromStdString(quarter.quarterLabel());
    if (m_quarter->findData(label) < 0)
        m_quarter->addItem(label, label);
    m_quarter->setCurrentIndex(m_quarter->findData(label));
    gather();
}

void ReportsScreen::gather() {
    if (m_worker) {
        m_gatherAgain = true;
        return;
    }
    m_stale = false;
    m_job = std::make_shared<Job>();
    m_job->databasePath = m_session.path().toStdString();
    m_job->period = Period::quarter(m_quarter->currentData().toString().toStdString());
    m_job->clusterId = m_cluster->clusterId().toStdString();
    m_job->today = Date::today();
    for (QPushButton* button : {m_pdf, m_html, m_print, m_close})
        button->setEnabled(false);
    m_progress->show();
    m_status->setText(tr("Gathering the figures…"));
    std::shared_ptr<Job> job = m_job;
    m_worker = QThread::create([job] {
        try {
            Database db(job->databasePath);
            job->report = buildQuarterlyReport(db, job->period, job->clusterId, job->today);
        } catch (const std::exception& e) {
            job->error = e.what();
        }
    });
    connect(m_worker, &QThread::finished, this, &ReportsScreen::gathered);
    m_worker->start();
}

void ReportsScreen::gathered() {
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->hide();
    std::shared_ptr<Job> job = std::move(m_job);
    if (m_gatherAgain) {
        m_gatherAgain = false;
        gather();
        return;
    }
    if (!job->error.empty()) {
        m_report.reset();
        m_status->setText(QString::fromUtf8(job->error.c_str()));
        m_preview->clear();
        return;
    }
    m_report = std::move(job->report);
    // Charts are painted here, in the window's thread: fonts and painting belong to it.
    m_preview->setHtml(QString::fromStdString(renderReportHtml(*m_report)));
    bool closed = m_report->closed.has_value();
    bool ended = job->period.to < job->today;
    if (closed)
        m_status->setText(tr("%1 was closed on %2 by %3. Figures changed since: %4.")
                              .arg(QString::fromStdString(m_report->closed->quarter),
                                   QString::fromStdString(m_report->closed->closedAt.substr(0, 10)),
                                   QString::fromStdString(m_report->closed->closedBy))
                              .arg(m_report->differences.size()));
    else
        m_status->setText(ended ? tr("This quarter has ended and is not closed yet.")
                                : tr("This quarter is still running: its figures will change."));
    for (QPushButton* button : {m_pdf, m_html, m_print})
        button->setEnabled(true);
    m_close->setEnabled(!closed && ended && job->clusterId.empty());
    emit reportReady();
}

bool ReportsScreen::savePdf(const QString& path) {
    if (!m_report)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(renderReportPdf(*m_report)) < 0) {
        showError(this, tr("The PDF was not saved"), file.errorString());
        return false;
    }
    return true;
}

bool ReportsScreen::saveHtml(const QString& path) {
    if (!m_report)
        return false;
    QFile file(path);
    QByteArray html = QByteArray::fromStdString(renderReportHtml(*m_report));
    if (!file.open(QIODevice::WriteOnly) || file.write(html) < 0) {
        showError(this, tr("The HTML file was not saved"), file.errorString());
        return false;
    }
    return true;
}

void ReportsScreen::askSave(bool pdf) {
    if (!m_report)
        return;
    QString name = QStringLiteral("output-summary-%1.%2")
                       .arg(QString::fromStdString(m_report->current.period.quarterLabel()),
                            pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save PDF") : tr("Save HTML"), name,
                                                pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html)"));
    if (!path.isEmpty())
        pdf ? savePdf(path) : saveHtml(path);
}

void ReportsScreen::print() {
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preview->document()->print(&printer);
}

void ReportsScreen::closeQuarter() {
    if (!m_report)
        return;
    Period quarter = m_report->current.period;
    QString label = QString::fromStdString(quarter.quarterLabel());
    if (QMessageBox::question(this, tr("Close Quarter"),
                              tr("Close %1?\n\nThe report for all clusters is saved as the one sent to the "
                                 "funders and its figures are frozen. This cannot be undone.")
                                  .arg(label)) != QMessageBox::Yes)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Report Sent"),
                                                QStringLiteral("output-summary-%1.pdf").arg(label),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        clusterdesk::closeQuarter(m_session.database(), quarter, Date::today(), [&](const QByteArray& pdf) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
                throw StorageError(path.toStdString() + ": the PDF could not be written (" +
                                   file.errorString().toStdString() + ")");
        });
    } catch (const std::exception& e) {
        showError(this, tr("The quarter was not closed"), e);
        return;
    }
    gather();
}

} // namespace clusterdesk::ui
