#pragma once

#include "exchange/exchange_types.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace clusterdesk::ui {

class ExchangeJob;
class Session;

// Imports a package (.cdx): the package is read and checked first and the dialog shows who sent it and
// what it holds; only then can it be imported. The import (one transaction) runs on a worker thread with
// its own connection; afterwards the dialog shows how many records were added, updated, skipped and left
// in conflict, and every screen reads its records again. A package that is refused shows why, and
// nothing was written.
class ImportPackageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportPackageDialog(Session& session, QWidget* parent = nullptr);
    ~ImportPackageDialog() override;

    // Reads and checks the package (on the worker thread).
    void setFile(const QString& path);
    void startImport();

    bool isBusy() const;
    bool checkedOk() const { return m_checkedOk; }
    bool imported() const { return m_imported; }
    const PackageInfo& info() const { return m_info; }
    const ImportSummary& summary() const { return m_summary; }
    QLabel* contentsLabel() const { return m_contents; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* conflictsButton() const { return m_conflicts; }

    // Stays open while the worker runs: the package is being written or merged.
    void reject() override;

signals:
    // A check or an import finished (for tests and whoever waits).
    void finished();
    void conflictsWanted();

private:
    void chooseFile();
    void checked(const std::shared_ptr<PackageInfo>& info);
    void importFinished(const std::shared_ptr<ImportSummary>& summary);
    QString failure(std::exception_ptr error) const;
    void updateState();

    Session& m_session;
    QLineEdit* m_path;
    QLabel* m_contents;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_import;
    QPushButton* m_conflicts;
    std::unique_ptr<ExchangeJob> m_job;
    PackageInfo m_info;
    ImportSummary m_summary;
    bool m_checkedOk = false;
    bool m_imported = false;
};

} // namespace clusterdesk::ui
