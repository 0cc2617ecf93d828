#pragma once

#include "exchange/exchange_types.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace clusterdesk::ui {

class CompanyPicker;
class ExchangeJob;
class Session;

// Writes a package (.cdx) for another database: the changes since the last package for a known peer,
// everything (a new laptop), or chosen companies with everything about them. The export runs on a worker
// thread; the dialog then says what went into the file.
class ExportPackageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportPackageDialog(Session& session, QWidget* parent = nullptr);
    ~ExportPackageDialog() override;

    // What to export (for the menu's defaults and for tests).
    void choosePeer(const QString& name);
    void chooseEverything();
    void addCompany(const QString& id, const QString& name);
    void setFile(const QString& path);
    void startExport();

    bool isBusy() const;
    bool exported() const { return m_exported; }
    const ExportSummary& summary() const { return m_summary; }
    QLabel* resultLabel() const { return m_result; }
    QComboBox* peerBox() const { return m_peer; }
    QPushButton* exportButton() const { return m_export; }

    // Stays open while the worker runs: the package is being written or merged.
    void reject() override;

signals:
    void finished();

private:
    ExportRequest request() const;
    void browse();
    void suggestFile();
    void addPickedCompany();
    void updateState();
    void exportFinished();

    Session& m_session;
    QRadioButton* m_forPeer;
    QRadioButton* m_everything;
    QRadioButton* m_companies;
    QComboBox* m_peer;
    CompanyPicker* m_picker;
    QListWidget* m_chosen;
    QLineEdit* m_file;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_export;
    std::unique_ptr<ExchangeJob> m_job;
    ExportSummary m_summary;
    bool m_exported = false;
    bool m_fileEdited = false;
};

} // namespace clusterdesk::ui
