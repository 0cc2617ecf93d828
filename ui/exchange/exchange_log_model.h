#pragma once

#include "exchange/exchange_types.h"

#include <QAbstractTableModel>
#include <vector>

namespace clusterdesk::ui {

// The exchange log, newest first: every package exported or imported, with whom, what it held and, for
// imports, how many records were added, updated, skipped and left in conflict.
class ExchangeLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        When,
        Direction,
        Peer,
        Selection,
        Records,
        Added,
        Updated,
        Skipped,
        InConflict,
        File,
        ColumnCount
    };

    explicit ExchangeLogModel(QObject* parent = nullptr);

    void setEntries(std::vector<ExchangeLogEntry> entries);
    const ExchangeLogEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ExchangeLogEntry& entry, int column) const;

    std::vector<ExchangeLogEntry> m_entries;
};

} // namespace clusterdesk::ui
