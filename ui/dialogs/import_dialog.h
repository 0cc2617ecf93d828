#pragma once

#include "io/company_csv.h"
#include "storage/company_import.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace clusterdesk::ui {

class Session;

// Imports member companies from a spreadsheet's CSV: pick the file, check how its columns map to company
// fields (and change that), see every bad row and why, then import all rows or none. Checking and
// importing run on a worker thread with a connection of their own, so the window never freezes.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and checks it with the columns found by their names.
    void setFile(const QString& path);
    // Maps a column of the file to a field ("" = not imported) and checks again.
    void mapColumn(const QString& header, const QString& field);
    void setClusterId(const QString& id);
    bool isBusy() const { return m_worker != nullptr; }
    QPushButton* importButton() const { return m_import; }
    QTableWidget* problemTable() const { return m_problems; }
    QTableWidget* mappingTable() const { return m_mapping; }
    QLabel* summary() const { return m_summary; }
    const ImportResult& lastResult() const { return m_result; }
    void startImport();

signals:
    // A check or the import finished (for tests and the progress display).
    void finished();
    void imported(const ImportResult& result);

private:
    struct Run;
    void chooseFile();
    void check();
    void start(bool dryRun);
    void runFinished();
    void showMapping(const std::vector<std::vector<std::string>>& samples);
    void showResult();
    std::map<std::string, std::string> overrides() const;

    Session& m_session;
    QLineEdit* m_path;
    QComboBox* m_cluster;
    QTableWidget* m_mapping;
    QTableWidget* m_problems;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_import;
    QDialogButtonBox* m_buttons;
    std::string m_text; // the file's contents
    std::vector<std::string> m_headers;
    QThread* m_worker = nullptr;
    std::shared_ptr<Run> m_run;
    bool m_checkAgain = false;
    bool m_checkedOk = false;
    ImportResult m_result;
};

} // namespace clusterdesk::ui
