#include "screens/reports_screen.h"

#include "app/session.h"
#include "domain/error.h"
#include "reports/quarter_closing.h"
#include "reports/report_documents.h"
#include "reports/report_fonts.h"
#include "reports/summary_exports.h"
#include "storage/dashboard_query.h"
#include "widgets/cluster_filter.h"
#include "widgets/error_dialog.h"
#include "widgets/period_picker.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// A4 without the printer's margins: the report draws its own, the same as in the PDF.
void setUpPrinter(QPrinter& printer) {
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

constexpr int kDifferencesListed = 6;
} // namespace

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
    , m_today(Date::today())
    , m_period(new PeriodPicker(this))
    , m_cluster(new ClusterFilter(session, this))
    , m_pdf(new QPushButton(tr("Save &PDF…"), this))
    , m_html(new QPushButton(tr("Save &HTML…"), this))
    , m_csv(new QPushButton(tr("Save &CSV…"), this))
    , m_json(new QPushButton(tr("Save &JSON…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_close(new QPushButton(tr("C&lose Quarter…"), this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_previewPrinter(new QPrinter(QPrinter::HighResolution))
    , m_preview(nullptr)
    , m_refreshDelay(new QTimer(this)) {
    askSavePath = [this](const QString& title, const QString& suggestion, const QString& filter) {
        return QFileDialog::getSaveFileName(this, title, suggestion, filter);
    };
    askConfirmation = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Ok | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Ok;
    };
    choosePrinter = [this](QPrinter& printer) {
        QPrintDialog dialog(&printer, this);
        return dialog.exec() == QDialog::Accepted;
    };
    reportError = [this](const QString& what, const QString& message) { showError(this, what, message); };

    // Fonts are registered in the window's thread before any report is laid out.
    ensureReportFonts();
    setUpPrinter(*m_previewPrinter);
    // The preview lays the pages out at the PDF's resolution, so that its page breaks are the PDF's.
    m_previewPrinter->setResolution(600);
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_report)
            paintReport(*printer, *m_report);
    });

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("changedFigures"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #e0b000; border-radius: 3px; padding: 6px; }"));
    m_notice->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(m_cluster);
    top->addWidget(m_progress);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildButtons());
    layout->addWidget(m_status);
    layout->addWidget(m_notice);
    layout->addWidget(m_preview, 1);

    DashboardQuery query(session.database());
    const Date earliest = query.earliestActivity().value_or(m_today);
    const Date latest = query.latestActivity(m_today).value_or(m_today);
    m_period->fillQuarters(m_today, earliest);
    {
        QSignalBlocker block(m_period);
        // A database of past years opens on its last busy quarter, not on an empty one.
        m_period->setQuarter(Period::quarterOf(latest));
    }

    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(300);
    connect(m_refreshDelay, &QTimer::timeout, this, &ReportsScreen::gather);
    connect(m_period, &PeriodPicker::periodChanged, this, &ReportsScreen::gather);
    connect(m_cluster, &ClusterFilter::clusterChanged, this, &ReportsScreen::gather);
    auto changed = [this] {
        m_stale = true;
        if (isVisible())
            m_refreshDelay->start();
    };
    connect(&session, &Session::recordsChanged, this, changed);
    connect(&session, &Session::reloadNeeded, this, changed);
}

ReportsScreen::~ReportsScreen() {
    if (m_worker)
        m_worker->wait();
    delete m_preview; // before its printer
    delete m_previewPrinter;
}

QWidget* ReportsScreen::buildButtons() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const std::pair<QPushButton*, Format> saves[] = {
        {m_pdf, Format::Pdf}, {m_html, Format::Html}, {m_csv, Format::Csv}, {m_json, Format::Json}};
    for (const auto& [button, format] : saves) {
        connect(button, &QPushButton::clicked, this, [this, format = format] { saveAs(format); });
        row->addWidget(button);
    }
    row->addWidget(m_print);
    row->addSpacing(16);
    row->addWidget(m_close);
    row->addStretch(1);
    auto* zoom = new QComboBox(box);
    zoom->setObjectName(QStringLiteral("previewZoom"));
    zoom->addItem(tr("Page width"), static_cast<int>(QPrintPreviewWidget::FitToWidth));
    zoom->addItem(tr("Whole page"), static_cast<int>(QPrintPreviewWidget::FitInView));
    connect(zoom, &QComboBox::activated, this, [this, zoom] {
        m_preview->setZoomMode(static_cast<QPrintPreviewWidget::ZoomMode>(zoom->currentData().toInt()));
    });
    row->addWidget(new QLabel(tr("Preview:"), box));
    row->addWidget(zoom);
    m_close->setObjectName(QStringLiteral("closeQuarter"));
    connect(m_print, &QPushButton::clicked, this, &ReportsScreen::print);
    connect(m_close, &QPushButton::clicked, this, &ReportsScreen::closeQuarter);
    for (QPushButton* button : {m_pdf, m_html, m_csv, m_json, m_print, m_close})
        button->setEnabled(false);
    return box;
}

QPushButton* ReportsScreen::button(Format format) const {
    switch (format) {
    case Format::Pdf:
        return m_pdf;
    case Format::Html:
        return m_html;
    case Format::Csv:
        return m_csv;
    case Format::Json:
        break;
    }
    return m_json;
}

void ReportsScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        gather();
}

void ReportsScreen::setToday(const Date& today) {
    m_today = today;
    const Date earliest = DashboardQuery(m_session.database()).earliestActivity().value_or(today);
    m_period->fillQuarters(today, earliest);
    gather();
}

void ReportsScreen::setQuarter(const Period& quarter) {
    m_period->setQuarter(quarter); // gathers through periodChanged
}

void ReportsScreen::gather() {
    m_refreshDelay->stop();
    if (m_worker) {
        m_gatherAgain = true;
        return;
    }
    m_stale = false;
    for (QPushButton* button : {m_pdf, m_html, m_csv, m_json, m_print, m_close})
        button->setEnabled(false);
    if (!m_period->isValid()) {
        m_report.reset();
        m_notice->hide();
        m_status->setText(tr("The period ends before it starts."));
        m_preview->updatePreview();
        return;
    }
    m_job = std::make_shared<Job>();
    m_job->databasePath = m_session.path().toStdString();
    m_job->period = m_period->period();
    m_job->clusterId = m_cluster->clusterId().toStdString();
    m_job->today = m_today;
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
        m_notice->hide();
        m_status->setText(
            tr("The report could not be prepared: %1").arg(QString::fromUtf8(job->error.c_str())));
        m_preview->updatePreview();
        return;
    }
    m_report = std::move(job->report);
    // The pages are laid out here, in the window's thread: the preview's printer belongs to it.
    m_preview->updatePreview();
    for (QPushButton* button : {m_pdf, m_html, m_csv, m_json, m_print})
        button->setEnabled(true);
    showClosingState();
    showDifferences();
    emit reportReady();
}

void ReportsScreen::showClosingState() {
    const QuarterlyReport& report = *m_report;
    const Period& period = report.current.period;
    std::optional<std::string> refusal;
    try {
        refusal = quarterClosingRefusal(m_session.database(), period, m_today);
    } catch (const std::exception& e) {
        refusal = e.what();
    }
    m_close->setEnabled(!refusal);
    m_close->setToolTip(refusal ? qs(*refusal)
                                : tr("Save the report sent to the funders and freeze its figures for all "
                                     "clusters; later edits that change them are shown against what was "
                                     "sent"));
    if (report.closed)
        m_status->setText(
            tr("%1 was closed on %2 by %3: its figures are frozen as sent (PDF fingerprint %4…).")
                .arg(qs(report.closed->quarter), qs(report.closed->closedAt.substr(0, 10)),
                     qs(report.closed->closedBy), qs(report.closed->pdfSha256.substr(0, 16))));
    else if (period.quarterLabel().empty())
        m_status->setText(tr("%1. Only a whole quarter can be closed.").arg(qs(periodTitle(period))));
    else if (period.to < m_today)
        m_status->setText(tr("%1 has ended and is not closed yet.").arg(qs(period.quarterLabel())));
    else
        m_status->setText(tr("%1 is still running: its figures will change.").arg(qs(period.quarterLabel())));
}

void ReportsScreen::showDifferences() {
    const QuarterlyReport& report = *m_report;
    if (!report.closed || report.differences.empty()) {
        m_notice->hide();
        return;
    }
    QString items;
    const std::size_t listed = std::min<std::size_t>(report.differences.size(), kDifferencesListed);
    for (std::size_t i = 0; i < listed; ++i) {
        const FigureDifference& d = report.differences[i];
        items += tr("<li>%1 – %2: sent %3, now %4</li>")
                     .arg(qs(d.scope).toHtmlEscaped(), qs(d.figure).toHtmlEscaped(),
                          qs(d.sent).toHtmlEscaped(), qs(d.now).toHtmlEscaped());
    }
    const int count = static_cast<int>(report.differences.size());
    if (report.differences.size() > listed)
        items += tr("<li>and %1 more, listed in the report</li>").arg(count - static_cast<int>(listed));
    const QString quarter = qs(report.closed->quarter);
    const QString heading =
        count == 1 ? tr("<b>1 figure of %1 differs from what was sent:</b>").arg(quarter)
                   : tr("<b>%1 figures of %2 differ from what was sent:</b>").arg(count).arg(quarter);
    m_notice->setText(heading + QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items));
    m_notice->show();
}

QString ReportsScreen::suggestedFileName(const QString& suffix) const {
    const Period& p = m_report->current.period;
    const QString name =
        p.quarterLabel().empty() ? qs(p.from.toString() + "_" + p.to.toString()) : qs(p.quarterLabel());
    QString cluster;
    for (const auto& c : m_report->current.clusters)
        if (!m_report->clusterId.empty() && c.id == m_report->clusterId)
            cluster = QLatin1Char('-') + qs(c.name).simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    return QStringLiteral("output-summary-%1%2.%3").arg(name, cluster, suffix);
}

QByteArray ReportsScreen::fileBytes(Format format) const {
    auto bytes = [](const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
    switch (format) {
    case Format::Pdf:
        return renderReportPdf(*m_report);
    case Format::Html:
        return bytes(renderReportHtml(*m_report));
    case Format::Csv:
        return bytes(summaryCsvFile(m_report->current, sentComparisonOf(*m_report)));
    case Format::Json:
        break;
    }
    return bytes(summaryJsonFile(m_report->current, sentComparisonOf(*m_report)));
}

bool ReportsScreen::writeFile(const QString& path, const QByteArray& bytes, const QString& what) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        reportError(what, tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool ReportsScreen::saveAs(Format format) {
    if (!m_report || isBusy())
        return false;
    static const char* const suffixes[] = {"pdf", "html", "csv", "json"};
    const QString suffix = QString::fromLatin1(suffixes[static_cast<int>(format)]);
    const QString path = askSavePath(tr("Save the Output Summary"), suggestedFileName(suffix),
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return false;
    const QString what = tr("%1 was not saved").arg(QFileInfo(path).fileName());
    QByteArray bytes;
    try {
        bytes = fileBytes(format);
    } catch (const std::exception& e) {
        reportError(what, QString::fromUtf8(e.what()));
        return false;
    }
    if (!writeFile(path, bytes, what))
        return false;
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsScreen::print() {
    if (!m_report || isBusy())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    printer.setDocName(qs("output-summary-" + m_report->current.period.from.toString()));
    if (!choosePrinter(printer))
        return;
    try {
        paintReport(printer, *m_report);
    } catch (const std::exception& e) {
        reportError(tr("The report was not printed"), QString::fromUtf8(e.what()));
    }
}

void ReportsScreen::closeQuarter() {
    if (!m_report || isBusy())
        return;
    const Period period = m_report->current.period;
    const QString label = qs(period.quarterLabel());
    const QString what = tr("The quarter was not closed");
    try {
        if (auto refusal = quarterClosingRefusal(m_session.database(), period, m_today)) {
            reportError(what, qs(*refusal));
            return;
        }
    } catch (const std::exception& e) {
        reportError(what, QString::fromUtf8(e.what()));
        return;
    }
    if (!askConfirmation(
            tr("Close %1").arg(label),
            tr("Closing %1 freezes its figures for all clusters as they are now, together with "
               "the SHA-256 fingerprint of the PDF you save next. Later edits stay possible, but "
               "the report of %1 and the dashboard will then show the figures that differ from "
               "what was sent.")
                .arg(label)))
        return;
    const QString path =
        askSavePath(tr("Save the PDF That Is Sent"), QStringLiteral("output-summary-%1.pdf").arg(label),
                    tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        clusterdesk::closeQuarter(m_session.database(), period, m_today, [&](const QByteArray& pdf) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.flush())
                throw StorageError(QDir::toNativeSeparators(path).toStdString() +
                                   ": the PDF could not be written (" + file.errorString().toStdString() +
                                   ")");
        });
    } catch (const std::exception& e) {
        reportError(what, QString::fromUtf8(e.what()));
        return;
    }
    // Other screens (the dashboard's warning) read closed quarters too.
    m_session.announce({});
    gather();
}

} // namespace clusterdesk::ui
