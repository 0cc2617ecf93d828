#include "exchange/exchange_log_model.h"

#include "exchange/exchange_text.h"

#include <algorithm>

namespace clusterdesk::ui {

ExchangeLogModel::ExchangeLogModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ExchangeLogModel::setEntries(std::vector<ExchangeLogEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const ExchangeLogEntry& a, const ExchangeLogEntry& b) { return a.id > b.id; });
    endResetModel();
}

const ExchangeLogEntry* ExchangeLogModel::entry(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

int ExchangeLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ExchangeLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeLogModel::display(const ExchangeLogEntry& e, int column) const {
    bool import = e.direction == "import";
    switch (column) {
    case When:
        return exchangeTime(e.at);
    case Direction:
        return import ? tr("Imported") : tr("Exported");
    case Peer:
        return e.peerName.empty() ? tr("anyone") : qs(e.peerName);
    case Selection:
        return qs(e.selection);
    case Records:
        return e.records;
    case Added:
        return import ? QVariant(e.added) : QVariant();
    case Updated:
        return import ? QVariant(e.updated) : QVariant();
    case Skipped:
        return import ? QVariant(e.skipped) : QVariant();
    case InConflict:
        return import ? QVariant(e.inConflict) : QVariant();
    case File:
        return qs(e.file);
    default:
        return {};
    }
}

QVariant ExchangeLogModel::data(const QModelIndex& index, int role) const {
    const ExchangeLogEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == Qt::DisplayRole)
        return display(*e, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= Records && index.column() <= InConflict)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == File || index.column() == Selection))
        return display(*e, index.column());
    return {};
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Direction:
        return tr("Direction");
    case Peer:
        return tr("With");
    case Selection:
        return tr("What");
    case Records:
        return tr("Records");
    case Added:
        return tr("Added");
    case Updated:
        return tr("Updated");
    case Skipped:
        return tr("Skipped");
    case InConflict:
        return tr("In conflict");
    case File:
        return tr("File");
    default:
        return {};
    }
}

} // namespace clusterdesk::ui
