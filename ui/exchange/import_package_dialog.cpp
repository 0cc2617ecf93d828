#include "exchange/import_package_dialog.h"

#include "app/session.h"
#include "domain/error.h"
#include "exchange/exchange.h"
#include "exchange/exchange_job.h"
#include "exchange/exchange_text.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

ImportPackageDialog::ImportPackageDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_contents(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_conflicts(new QPushButton(tr("Show &Conflicts…"), this)) {
    setWindowTitle(tr("Import Package"));
    m_path->setReadOnly(true);
    auto* choose = new QPushButton(tr("&Choose…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->addRow(tr("Package:"), fileRow);
    form->addRow(tr("Into this database:"), new QLabel(qs(Exchange(session.database()).replicaName()), this));
    for (QLabel* label : {m_contents, m_result}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::RichText);
    }
    m_contents->setObjectName(QStringLiteral("packageContents"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_conflicts->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_conflicts, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_contents);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(600, 380);

    connect(choose, &QPushButton::clicked, this, &ImportPackageDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportPackageDialog::startImport);
    connect(m_conflicts, &QPushButton::clicked, this, &ImportPackageDialog::conflictsWanted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ImportPackageDialog::~ImportPackageDialog() = default;

void ImportPackageDialog::reject() {
    if (!isBusy())
        QDialog::reject();
}

bool ImportPackageDialog::isBusy() const {
    return m_job && m_job->isRunning();
}

void ImportPackageDialog::chooseFile() {
    QString path = QFileDialog::getOpenFileName(this, tr("Import Package"), m_path->text(),
                                                tr("ClusterDesk packages (*.cdx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportPackageDialog::setFile(const QString& path) {
    if (isBusy())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_checkedOk = m_imported = false;
    m_info = {};
    m_result->clear();
    m_conflicts->hide();
    m_contents->setText(tr("Reading and checking the package…"));
    auto info = std::make_shared<PackageInfo>();
    std::string file = path.toStdString();
    m_job = std::make_unique<ExchangeJob>(
        m_session, [info, file](Database& db) { *info = Exchange(db).inspectPackage(file); });
    connect(m_job.get(), &ExchangeJob::finished, this, [this, info] { checked(info); });
    m_progress->show();
    m_job->start();
    updateState();
}

QString ImportPackageDialog::failure(std::exception_ptr error) const {
    try {
        std::rethrow_exception(error);
    } catch (const InputError& e) {
        return tr("<b>This package cannot be imported</b>, and nothing was changed:<br>%1")
            .arg(QString::fromUtf8(e.what()).toHtmlEscaped());
    } catch (const std::exception& e) {
        return tr("<b>The import failed</b>, and nothing was changed:<br>%1")
            .arg(QString::fromUtf8(e.what()).toHtmlEscaped());
    }
}

void ImportPackageDialog::checked(const std::shared_ptr<PackageInfo>& info) {
    m_progress->hide();
    if (m_job->error()) {
        m_contents->setText(failure(m_job->error()));
        updateState();
        emit finished();
        return;
    }
    m_info = *info;
    m_checkedOk = true;
    QString to = m_info.recipientName.empty() ? tr("anyone") : qs(m_info.recipientName);
    QString text =
        tr("From <b>%1</b>, made %2 for %3.")
            .arg(qs(m_info.senderName).toHtmlEscaped(), exchangeTime(m_info.createdAt), to.toHtmlEscaped());
    text += QStringLiteral("<br>") + qs(m_info.selection).toHtmlEscaped();
    text += QStringLiteral("<br>") + tr("Records: %1, with %2 changes; records they refer to: %3.")
                                         .arg(m_info.records)
                                         .arg(m_info.changes)
                                         .arg(m_info.referenced);
    if (!m_info.forThisDatabase)
        text += QStringLiteral("<br>") + tr("It was made for another database: it brings its records, but "
                                            "says nothing about what this database has.");
    if (!m_info.previouslyImportedAt.empty())
        text += QStringLiteral("<br><b>") +
                tr("This package was imported before, on %1; importing it again changes nothing.")
                    .arg(exchangeTime(m_info.previouslyImportedAt)) +
                QStringLiteral("</b>");
    m_contents->setText(text);
    updateState();
    m_import->setFocus();
    emit finished();
}

void ImportPackageDialog::startImport() {
    if (isBusy() || !m_checkedOk || m_imported)
        return;
    auto summary = std::make_shared<ImportSummary>();
    std::string file = QDir::fromNativeSeparators(m_path->text()).toStdString();
    m_job = std::make_unique<ExchangeJob>(
        m_session, [summary, file](Database& db) { *summary = Exchange(db).importPackage(file); });
    connect(m_job.get(), &ExchangeJob::finished, this, [this, summary] { importFinished(summary); });
    m_result->setText(tr("Importing…"));
    m_progress->show();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_job->start();
    updateState();
}

void ImportPackageDialog::importFinished(const std::shared_ptr<ImportSummary>& summary) {
    QApplication::restoreOverrideCursor();
    m_progress->hide();
    if (m_job->error()) {
        m_result->setText(failure(m_job->error()));
        updateState();
        emit finished();
        return;
    }
    m_summary = *summary;
    m_imported = true;
    QString text = tr("<b>Imported.</b> Added: %1, updated: %2, skipped (already here): %3, in conflict: %4.")
                       .arg(m_summary.added)
                       .arg(m_summary.updated)
                       .arg(m_summary.skipped)
                       .arg(m_summary.inConflict);
    if (m_summary.newConflicts > 0)
        text += QStringLiteral("<br>") +
                tr("New conflicts: %1. Both sides changed the same field; nothing was overwritten. Decide "
                   "which value stays.")
                    .arg(m_summary.newConflicts);
    m_result->setText(text);
    m_conflicts->setVisible(m_summary.inConflict > 0 || m_summary.newConflicts > 0);
    updateState();
    // The import was written through another connection: every screen reads its records again.
    m_session.reloadAll();
    emit finished();
}

void ImportPackageDialog::updateState() {
    m_import->setEnabled(m_checkedOk && !m_imported && !isBusy());
}

} // namespace clusterdesk::ui
