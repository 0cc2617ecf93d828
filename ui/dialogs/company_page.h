#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace clusterdesk::ui {

class CompanyAuditModel;
class Session;
class TextTableModel;
struct RecordRef;

// A company whole: its register data, the clusters it belongs to with the funnel stage reached in each,
// the timeline of everything that happened to it (newest first), its audits and the change history of its
// fields. A window of its own that follows every change while it is open.
class CompanyPage : public QDialog {
    Q_OBJECT
public:
    CompanyPage(Session& session, const QString& companyId, QWidget* parent = nullptr);

    QString companyId() const { return m_companyId; }
    TextTableModel* clustersModel() const { return m_clusters; }
    TextTableModel* timelineModel() const { return m_timeline; }
    TextTableModel* historyModel() const { return m_history; }
    CompanyAuditModel* auditModel() const { return m_audits; }
    QTableView* auditView() const { return m_auditView; }
    QPushButton* openAuditButton() const { return m_openAudit; }
    QPushButton* deleteAuditButton() const { return m_deleteAudit; }
    QTabWidget* tabs() const { return m_tabs; }
    void reload();
    // The audit selected in the audits tab ("" when none).
    QString currentAuditId() const;
    void openCurrentAudit();
    void deleteCurrentAudit();

signals:
    // Double-click, Enter or "Open" on an audit: the main window shows its form.
    void auditRequested(const QString& auditId);

private:
    void onRecordsChanged(const QList<RecordRef>& records);
    QTableView* tableFor(QAbstractItemModel* model);
    QWidget* buildAuditsTab();
    void updateAuditButtons();

    Session& m_session;
    QString m_companyId;
    QLabel* m_heading;
    QLabel* m_facts;
    TextTableModel* m_clusters;
    TextTableModel* m_timeline;
    TextTableModel* m_history;
    CompanyAuditModel* m_audits;
    QTableView* m_auditView = nullptr;
    QPushButton* m_openAudit = nullptr;
    QPushButton* m_deleteAudit = nullptr;
    QTabWidget* m_tabs;
};

} // namespace clusterdesk::ui
