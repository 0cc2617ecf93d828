#include "exchange/conflict_table_model.h"

#include "exchange/exchange_text.h"

namespace clusterdesk::ui {

ConflictTableModel::ConflictTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConflictTableModel::setConflicts(std::vector<Conflict> conflicts) {
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

const Conflict* ConflictTableModel::conflict(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_conflicts[static_cast<std::size_t>(row)];
}

int ConflictTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictTableModel::display(const Conflict& c, int column) const {
    switch (column) {
    case Record:
        return qs(c.record);
    case Field:
        return c.kind == ConflictKind::EditDelete ? tr("deleted on one side, edited on the other")
                                                  : qs(c.field);
    case Mine:
        return fieldValueText(c.field, c.mineValue);
    case MineChanged:
        return tr("%1, %2").arg(qs(c.mineChangedBy), exchangeTime(c.mineChangedAt));
    case Theirs:
        return fieldValueText(c.field, c.theirsValue);
    case TheirsChanged:
        return tr("%1, %2").arg(qs(c.theirsChangedBy), exchangeTime(c.theirsChangedAt));
    case From:
        return qs(c.theirsReplicaName);
    default:
        return {};
    }
}

QVariant ConflictTableModel::data(const QModelIndex& index, int role) const {
    const Conflict* c = index.isValid() ? conflict(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == Qt::DisplayRole)
        return display(*c, index.column());
    if (role == Qt::ToolTipRole && (index.column() == Mine || index.column() == Theirs))
        return display(*c, index.column());
    if (role == IdRole)
        return QVariant::fromValue<qlonglong>(c->id);
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Mine:
        return tr("Mine (here)");
    case MineChanged:
        return tr("Changed here by, on");
    case Theirs:
        return tr("Theirs");
    case TheirsChanged:
        return tr("Changed there by, on");
    case From:
        return tr("From");
    default:
        return {};
    }
}

} // namespace clusterdesk::ui
