#include "exchange/export_package_dialog.h"

#include "app/session.h"
#include "exchange/exchange.h"
#include "exchange/exchange_job.h"
#include "exchange/exchange_text.h"
#include "widgets/company_picker.h"
#include "widgets/error_dialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
QString fileNamePart(QString text) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    return text.replace(unsafe, QStringLiteral("-")).toLower();
}
} // namespace

ExportPackageDialog::ExportPackageDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_forPeer(new QRadioButton(tr("&Changes for:"), this))
    , m_everything(new QRadioButton(tr("&Everything, for a new laptop or a database not known yet"), this))
    , m_companies(new QRadioButton(tr("Chosen c&ompanies, with everything about them:"), this))
    , m_peer(new QComboBox(this))
    , m_picker(new CompanyPicker(session, this))
    , m_chosen(new QListWidget(this))
    , m_file(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport"), this)) {
    setWindowTitle(tr("Export Package"));
    Exchange exchange(session.database());
    for (const auto& peer : exchange.peers())
        m_peer->addItem(qs(peer.name), qs(peer.replicaId));
    m_peer->setToolTip(tr("Databases that sent a package here; the package holds what changed since the "
                          "last one for them"));
    m_picker->setPlaceholderText(tr("Type a company's name, then Add"));
    m_chosen->setMaximumHeight(110);

    auto* what = new QButtonGroup(this);
    for (QRadioButton* button : {m_forPeer, m_everything, m_companies})
        what->addButton(button);
    (m_peer->count() > 0 ? m_forPeer : m_everything)->setChecked(true);
    m_forPeer->setEnabled(m_peer->count() > 0);

    auto* peerRow = new QHBoxLayout;
    peerRow->addWidget(m_forPeer);
    peerRow->addWidget(m_peer, 1);
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(add);
    pickRow->addWidget(remove);
    auto* box = new QGroupBox(tr("What goes into the package"), this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(peerRow);
    boxLayout->addWidget(m_everything);
    boxLayout->addWidget(m_companies);
    boxLayout->addLayout(pickRow);
    boxLayout->addWidget(m_chosen);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("From this database:"), new QLabel(qs(exchange.replicaName()), this));
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_progress->setRange(0, 0);
    m_progress->hide();
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_export->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportPackageDialog::startExport);
    connect(browse, &QPushButton::clicked, this, &ExportPackageDialog::browse);
    connect(add, &QPushButton::clicked, this, &ExportPackageDialog::addPickedCompany);
    connect(m_picker, &CompanyPicker::companyChosen, this, &ExportPackageDialog::addPickedCompany);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_chosen->selectedItems());
        suggestFile();
        updateState();
    });
    connect(what, &QButtonGroup::buttonToggled, this, [this] {
        suggestFile();
        updateState();
    });
    connect(m_peer, &QComboBox::currentIndexChanged, this, [this] {
        suggestFile();
        updateState();
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_fileEdited = true;
        updateState();
    });
    suggestFile();
    updateState();
}

ExportPackageDialog::~ExportPackageDialog() = default;

void ExportPackageDialog::reject() {
    if (!isBusy())
        QDialog::reject();
}

bool ExportPackageDialog::isBusy() const {
    return m_job && m_job->isRunning();
}

void ExportPackageDialog::choosePeer(const QString& name) {
    int index = m_peer->findText(name);
    if (index < 0)
        return;
    m_peer->setCurrentIndex(index);
    m_forPeer->setChecked(true);
}

void ExportPackageDialog::chooseEverything() {
    m_everything->setChecked(true);
}

void ExportPackageDialog::addCompany(const QString& id, const QString& name) {
    if (id.isEmpty())
        return;
    for (int row = 0; row < m_chosen->count(); ++row)
        if (m_chosen->item(row)->data(Qt::UserRole).toString() == id)
            return;
    auto* item = new QListWidgetItem(name, m_chosen);
    item->setData(Qt::UserRole, id);
    m_companies->setChecked(true);
    suggestFile();
    updateState();
}

void ExportPackageDialog::addPickedCompany() {
    addCompany(m_picker->companyId(), m_picker->text());
    m_picker->clearCompany();
}

void ExportPackageDialog::setFile(const QString& path) {
    m_file->setText(path);
    m_fileEdited = true;
    updateState();
}

void ExportPackageDialog::browse() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export Package"), m_file->text(),
                                                tr("ClusterDesk packages (*.cdx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cdx");
    setFile(path);
}

void ExportPackageDialog::suggestFile() {
    if (m_fileEdited)
        return;
    QString to = m_forPeer->isChecked()                               ? m_peer->currentText()
                 : m_companies->isChecked() && m_chosen->count() == 1 ? m_chosen->item(0)->text()
                 : m_companies->isChecked()                           ? tr("companies")
                                                                      : tr("everything");
    QString from = qs(Exchange(m_session.database()).replicaName());
    QString name = fileNamePart(from) + QStringLiteral("-to-") + fileNamePart(to) + QLatin1Char('-') +
                   QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".cdx");
    QString folder = QFileInfo(m_session.path()).absolutePath();
    m_file->setText(QDir(folder).filePath(name));
}

void ExportPackageDialog::updateState() {
    m_peer->setEnabled(m_forPeer->isChecked());
    m_picker->setEnabled(m_companies->isChecked());
    m_chosen->setEnabled(m_companies->isChecked());
    bool complete =
        !m_file->text().trimmed().isEmpty() && (!m_companies->isChecked() || m_chosen->count() > 0);
    m_export->setEnabled(complete && !isBusy());
}

ExportRequest ExportPackageDialog::request() const {
    ExportRequest request;
    if (m_forPeer->isChecked())
        request.peer = m_peer->currentData().toString().toStdString();
    else if (m_companies->isChecked())
        for (int row = 0; row < m_chosen->count(); ++row)
            request.companyIds.push_back(m_chosen->item(row)->data(Qt::UserRole).toString().toStdString());
    else
        request.everything = true;
    return request;
}

void ExportPackageDialog::startExport() {
    if (isBusy() || !m_export->isEnabled())
        return;
    auto summary = std::make_shared<ExportSummary>();
    ExportRequest wanted = request();
    std::string path = m_file->text().trimmed().toStdString();
    m_job = std::make_unique<ExchangeJob>(m_session, [summary, wanted, path](Database& db) {
        *summary = Exchange(db).exportPackage(wanted, path);
    });
    connect(m_job.get(), &ExchangeJob::finished, this, [this, summary] {
        m_summary = *summary;
        exportFinished();
    });
    m_result->setText(tr("Writing the package…"));
    m_progress->show();
    m_job->start();
    updateState();
}

void ExportPackageDialog::exportFinished() {
    m_progress->hide();
    std::exception_ptr error = m_job->error();
    updateState();
    if (error) {
        m_result->setText(tr("Nothing was exported."));
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            showError(this, tr("The package could not be exported"), e);
        }
        emit finished();
        return;
    }
    m_exported = true;
    QString text = tr("<b>Exported</b> to %1: %2.")
                       .arg(QFileInfo(qs(m_summary.file)).fileName().toHtmlEscaped(),
                            qs(m_summary.selection).toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("Records: %1, with %2 changes; records they refer to: %3.")
                                         .arg(m_summary.records)
                                         .arg(m_summary.changes)
                                         .arg(m_summary.referenced);
    if (!m_summary.leftOut.empty()) {
        QStringList left;
        for (const auto& entity : m_summary.leftOut)
            left << qs(entity);
        text += QStringLiteral("<br><b>") +
                tr("Changes of %1 could not be exported; please report this.")
                    .arg(left.join(QStringLiteral(", "))) +
                QStringLiteral("</b>");
    }
    m_result->setText(text);
    // The export moved the peer's mark: a second click would write an empty package.
    m_export->setEnabled(false);
    emit finished();
}

} // namespace clusterdesk::ui
