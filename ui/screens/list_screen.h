#pragma once

#include <QWidget>
#include <memory>

class QHBoxLayout;
class QLineEdit;
class QCheckBox;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace clusterdesk::ui {

class ClusterFilter;
class ListProxyModel;
class PagedTableModel;
class RecordEditor;
class RepositoryCommand;
class Session;

// The frame every list screen shares: search box, cluster filter, "show deleted", column chooser,
// New/Delete/Restore, the table, and the record's editor pane beside it. Widths, hidden columns and the
// splitter are remembered per screen.
class ListScreen : public QWidget {
    Q_OBJECT
public:
    ListScreen(Session& session, const QString& name, PagedTableModel* model, QWidget* parent = nullptr);
    ~ListScreen() override;

    QTableView* view() const { return m_view; }
    PagedTableModel* model() const { return m_model; }
    ListProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchBox() const { return m_search; }
    ClusterFilter* clusterFilter() const { return m_clusterFilter; }
    RecordEditor* editor() const { return m_editor; }
    QString currentId() const;
    // Selects and shows the record when it is listed; false when it is not.
    bool selectRecord(const QString& id);
    void newRecord();
    void deleteCurrent();
    void restoreCurrent();
    void saveSettings() const;

protected:
    // Called by the subclass's constructor: the pane beside the list.
    void setEditor(RecordEditor* editor);
    QHBoxLayout* toolRow() const { return m_tools; }
    Session& session() const { return m_session; }
    virtual std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) = 0;
    virtual std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) = 0;
    // Double-click or Enter on a row.
    virtual void openRecord(const QString& id);
    // What the confirmation names: the text of the description column (the first by default).
    QString describe(const QString& id) const;
    void setDescriptionColumn(int column) { m_descriptionColumn = column; }
    // Whether a cluster filter makes sense here (not on the clusters list itself).
    void setClusterFilterVisible(bool visible);
    void restoreSettings();

private:
    void onCurrentChanged();
    void updateButtons();
    void buildColumnMenu();
    void runCommand(std::unique_ptr<RepositoryCommand> command, const QString& failure);

    Session& m_session;
    QString m_name;
    PagedTableModel* m_model;
    ListProxyModel* m_proxy;
    QTableView* m_view;
    QSplitter* m_splitter;
    QHBoxLayout* m_tools;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    ClusterFilter* m_clusterFilter;
    QCheckBox* m_showDeleted;
    QMenu* m_columnMenu;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_restore;
    RecordEditor* m_editor = nullptr;
    QString m_shownId;
    bool m_settingsRestored = false;
    int m_descriptionColumn = 0;
};

} // namespace clusterdesk::ui
