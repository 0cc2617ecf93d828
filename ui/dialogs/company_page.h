#pragma once

#include <QDialog>

class QLabel;
class QTableView;
class QTabWidget;

namespace clusterdesk::ui {

class Session;
class TextTableModel;
struct RecordRef;

// A company whole: its register data, the clusters it belongs to with the funnel stage reached in each,
// the timeline of everything that happened to it (newest first) and the change history of its fields.
// A window of its own that follows every change while it is open.
class CompanyPage : public QDialog {
    Q_OBJECT
public:
    CompanyPage(Session& session, const QString& companyId, QWidget* parent = nullptr);

    QString companyId() const { return m_companyId; }
    TextTableModel* clustersModel() const { return m_clusters; }
    TextTableModel* timelineModel() const { return m_timeline; }
    TextTableModel* historyModel() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    void reload();

private:
    void onRecordsChanged(const QList<RecordRef>& records);
    QTableView* tableFor(TextTableModel* model);

    Session& m_session;
    QString m_companyId;
    QLabel* m_heading;
    QLabel* m_facts;
    TextTableModel* m_clusters;
    TextTableModel* m_timeline;
    TextTableModel* m_history;
    QTabWidget* m_tabs;
};

} // namespace clusterdesk::ui
