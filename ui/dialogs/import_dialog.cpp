#include "dialogs/import_dialog.h"

#include "app/session.h"
#include "io/company_columns.h"
#include "io/csv_reader.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/field_values.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace clusterdesk::ui {

// What one check or import needs and what it found; shared with the worker thread, read after it ended.
struct ImportDialog::Run {
    std::string text;
    std::string source;
    std::map<std::string, std::string> overrides;
    std::string clusterId;
    std::string databasePath;
    std::string actor;
    bool dryRun = true;
    ParsedCompanies parsed;
    ImportResult result;
    std::string error;
};

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_cluster(new QComboBox(this))
    , m_mapping(new QTableWidget(0, 3, this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(tr("Choose the CSV file saved from the spreadsheet of member companies."), this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Companies"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto* browse = new QPushButton(tr("C&hoose File…"), this);
    auto* again = new QPushButton(tr("Check A&gain"), this);
    again->setToolTip(tr("Read the file again, after correcting it in the spreadsheet"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(again);
    fillCombo(m_cluster, CatalogueQuery(session.database()).clusters(), tr("(do not add them to a cluster)"));

    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Add to &cluster"), m_cluster);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(
        tr("<b>Columns</b> (change what a column is imported as if it was not recognised)"), this));
    layout->addWidget(m_mapping, 2);
    layout->addWidget(new QLabel(tr("<b>Rows that cannot be imported</b>"), this));
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(860, 640);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(again, &QPushButton::clicked, this, [this] {
        if (!m_path->text().isEmpty())
            setFile(m_path->text());
    });
    connect(m_cluster, &QComboBox::activated, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportDialog::~ImportDialog() {
    // An import cannot be stopped half-way (it is one transaction): wait for it.
    if (m_worker)
        m_worker->wait();
}

void ImportDialog::chooseFile() {
    QString path = QFileDialog::getOpenFileName(this, tr("Import Companies"), QString(),
                                                tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path) {
    m_path->setText(path);
    m_text.clear();
    m_headers.clear();
    m_mapping->setRowCount(0);
    m_problems->setRowCount(0);
    m_checkedOk = false;
    m_import->setEnabled(false);
    std::vector<std::vector<std::string>> samples;
    try {
        m_text = readTextFile(path.toStdString());
        CsvTable table = readCsv(m_text, path.toStdString());
        if (!table.rows.empty())
            m_headers = table.rows.front().fields;
        for (std::size_t r = 1; r < table.rows.size() && r <= 20; ++r)
            samples.push_back(table.rows[r].fields);
    } catch (const std::exception& e) {
        m_summary->setText(QString::fromUtf8(e.what()));
        return;
    }
    showMapping(samples);
    check();
}

void ImportDialog::showMapping(const std::vector<std::vector<std::string>>& samples) {
    m_mapping->setRowCount(static_cast<int>(m_headers.size()));
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const std::string& header = m_headers[static_cast<std::size_t>(row)];
        m_mapping->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(header)));
        QString sample;
        for (const auto& fields : samples)
            if (static_cast<std::size_t>(row) < fields.size() &&
                !fields[static_cast<std::size_t>(row)].empty()) {
                sample = QString::fromStdString(fields[static_cast<std::size_t>(row)]).simplified();
                break;
            }
        m_mapping->setItem(row, 1, new QTableWidgetItem(sample));
        auto* field = new QComboBox(m_mapping);
        field->addItem(tr("(not imported)"), QString());
        for (const auto& name : companyImportFields())
            field->addItem(companyFieldName(name), QString::fromStdString(name));
        selectCode(field, fieldForHeader(header));
        m_mapping->setCellWidget(row, 2, field);
        connect(field, &QComboBox::activated, this, &ImportDialog::check);
    }
}

void ImportDialog::mapColumn(const QString& header, const QString& field) {
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        if (m_mapping->item(row, 0)->text() == header)
            selectCode(static_cast<QComboBox*>(m_mapping->cellWidget(row, 2)), field.toStdString());
    check();
}

void ImportDialog::setClusterId(const QString& id) {
    selectCode(m_cluster, id.toStdString());
    check();
}

std::map<std::string, std::string> ImportDialog::overrides() const {
    std::map<std::string, std::string> chosen;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = static_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        chosen[m_headers[static_cast<std::size_t>(row)]] = combo->currentData().toString().toStdString();
    }
    return chosen;
}

void ImportDialog::check() {
    if (m_text.empty())
        return;
    if (m_worker) {
        m_checkAgain = true;
        return;
    }
    start(true);
}

void ImportDialog::startImport() {
    if (!m_checkedOk || m_worker)
        return;
    start(false);
}

void ImportDialog::start(bool dryRun) {
    m_run = std::make_shared<Run>();
    m_run->text = m_text;
    m_run->source = m_path->text().toStdString();
    m_run->overrides = overrides();
    m_run->clusterId = m_cluster->currentData().toString().toStdString();
    m_run->databasePath = m_session.path().toStdString();
    m_run->actor = m_session.database().actor();
    m_run->dryRun = dryRun;
    m_import->setEnabled(false);
    m_progress->show();
    m_summary->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    std::shared_ptr<Run> run = m_run;
    m_worker = QThread::create([run] {
        try {
            run->parsed = parseCompanyCsv(run->text, run->source, run->overrides);
            // A connection of its own: SQLite connections are not shared between threads here.
            Database db(run->databasePath);
            db.setActor(run->actor);
            Repository repo(db);
            run->result = importCompanies(repo, run->parsed, run->clusterId, run->dryRun);
        } catch (const std::exception& e) {
            run->error = e.what();
        }
    });
    connect(m_worker, &QThread::finished, this, &ImportDialog::runFinished);
    m_worker->start();
}

void ImportDialog::runFinished() {
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->hide();
    std::shared_ptr<Run> run = std::move(m_run);
    if (!run->error.empty()) {
        m_checkedOk = false;
        m_problems->setRowCount(0);
        m_summary->setText(QString::fromUtf8(run->error.c_str()));
    } else {
        m_result = run->result;
        m_checkedOk = m_result.problems.empty() && !run->parsed.rows.empty();
        showResult();
        if (!run->dryRun && m_result.written) {
            spdlog::info("imported companies: {} created, {} updated", m_result.created, m_result.updated);
            m_session.reloadAll();
            emit imported(m_result);
            emit finished();
            accept();
            return;
        }
    }
    m_import->setEnabled(m_checkedOk);
    emit finished();
    if (m_checkAgain) {
        m_checkAgain = false;
        check();
    }
}

void ImportDialog::showResult() {
    const auto& problems = m_result.problems;
    m_problems->setRowCount(static_cast<int>(problems.size()));
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        const auto& p = problems[static_cast<std::size_t>(row)];
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(p.line)));
        m_problems->setItem(row, 1,
                            new QTableWidgetItem(p.field.empty() ? QString() : companyFieldName(p.field)));
        m_problems->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(p.message)));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->resizeRowsToContents();
    if (!problems.empty()) {
        m_summary->setText(
            tr("Problems found: %n. Nothing is imported while any row is wrong: correct the file "
               "(or how a column is imported) and check again.",
               nullptr, static_cast<int>(problems.size())));
        return;
    }
    QString text = tr("Ready to import: %1 new, %2 updated, %3 unchanged.")
                       .arg(m_result.created)
                       .arg(m_result.updated)
                       .arg(m_result.unchanged);
    if (!m_cluster->currentData().toString().isEmpty())
        text += QLatin1Char(' ') + tr("Joining %1: %2.").arg(m_cluster->currentText()).arg(m_result.joined);
    m_summary->setText(text);
}

} // namespace clusterdesk::ui
