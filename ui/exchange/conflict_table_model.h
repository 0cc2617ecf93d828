#pragma once

#include "exchange/exchange_types.h"

#include <QAbstractTableModel>
#include <vector>

namespace clusterdesk::ui {

// The open conflicts of the database, one a row: the record and field, what this database holds (mine)
// and what a package brought (theirs), each with who changed it and when. Read again after every
// decision, since one decision can settle others.
class ConflictTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Record, Field, Mine, MineChanged, Theirs, TheirsChanged, From, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictTableModel(QObject* parent = nullptr);

    void setConflicts(std::vector<Conflict> conflicts);
    const Conflict* conflict(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const Conflict& conflict, int column) const;

    std::vector<Conflict> m_conflicts;
};

} // namespace clusterdesk::ui
