#pragma once

#include "app/session.h"
#include "storage/list_query.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace clusterdesk::ui {

// The base of every list: holds the ids of the matching records in the order the database sorted them,
// and nothing else, so 100,000 records cost a few megabytes. Searching, the cluster filter and sorting
// run in SQL (ListFilter). When the session announces a changed record, only its row is read again; a
// new or restored record is inserted where the order puts it.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DeletedRole };

    PagedTableModel(Session& session, QString table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListFilter& filter() const { return m_filter; }
    void setFilter(const ListFilter& filter);
    void setSearch(const QString& text);
    void setClusterId(const QString& id);
    void setIncludeDeleted(bool include);
    void reload();

    QString table() const { return m_tables.front(); }
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not listed

    // Whether each column is shown when the user has not chosen (the column chooser remembers choices).
    virtual bool shownByDefault(int column) const;
    // How the list is sorted until the user clicks a header (by the first column).
    virtual Qt::SortOrder defaultSortOrder() const { return Qt::AscendingOrder; }
    // A first width for each column, in average characters, until the user resizes it.
    virtual int widthInCharacters(int column) const;

protected:
    virtual std::vector<std::string> queryIds(const ListFilter& filter) const = 0;
    // Reads one record's row into the cache again; nullopt when there is no such record, else whether it
    // is deleted.
    virtual std::optional<bool> reloadRow(const std::string& id) = 0;
    virtual void forgetAll() = 0;

    Session& session() const { return m_session; }
    const std::vector<std::string>& ids() const { return m_ids; }
    // Lists that show names of other records (a company's clusters) refresh their lines when those change.
    void alsoDependOn(const QString& table) { m_dependsOn.append(table); }
    // A list of records from several tables (outcomes): changes to any of them are its own rows.
    void alsoList(const QString& table) { m_tables.append(table); }

private:
    void onRecordsChanged(const QList<RecordRef>& records);
    void recordChanged(const std::string& id);
    void setIds(std::vector<std::string> ids);

    Session& m_session;
    QStringList m_tables;
    QStringList m_dependsOn;
    ListFilter m_filter;
    std::vector<std::string> m_ids;
    std::unordered_map<std::string, int> m_rowOf;
};

} // namespace clusterdesk::ui
