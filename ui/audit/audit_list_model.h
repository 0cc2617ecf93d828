#pragma once

#include "storage/audit_list_query.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <vector>

namespace clusterdesk::ui {

class Session;
struct RecordRef;

// Every audit of the database, for the Audits screen: whose, which form, during which visit or support
// measure, how far it got. A changed audit updates its row; new or removed audits (and changed companies,
// visits, measures) read the list again.
class AuditListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Company, Form, DoneDuring, Cluster, Status, Answers, Score, LastChange, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, SortRole };

    explicit AuditListModel(Session& session, QObject* parent = nullptr);

    void reload();
    const AuditRow* row(int position) const;
    int rowOf(const QString& auditId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRecordsChanged(const QList<RecordRef>& records);
    QVariant display(const AuditRow& row, int column) const;

    AuditListQuery m_query;
    std::vector<AuditRow> m_rows;
};

// The audits list as shown: filtered by the search words and the status chosen, sorted by a column.
class AuditListFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditListFilter(AuditListModel* source, QObject* parent = nullptr);

    void setSearch(const QString& text);
    void setStatus(const QString& status); // "draft", "completed" or "" for all
    QString idAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_status;
};

} // namespace clusterdesk::ui
