#include "models/follow_up_table_model.h"

#include "models/display_names.h"

#include <QBrush>

namespace clusterdesk::ui {

FollowUpTableModel::FollowUpTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("follow_up"), parent) {
    for (const char* table : {"company", "cluster", "person", "contact_attempt"})
        alsoDependOn(QString::fromLatin1(table));
}

void FollowUpTableModel::setScope(FollowUpListQuery::Scope scope) {
    mutableQuery().setScope(scope);
    reload();
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FollowUpListQuery::ColumnCount;
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FollowUpListQuery::Due:
        return tr("Due");
    case FollowUpListQuery::Title:
        return tr("Follow-up");
    case FollowUpListQuery::Company:
        return tr("Company");
    case FollowUpListQuery::Cluster:
        return tr("Cluster");
    case FollowUpListQuery::Owner:
        return tr("Owner");
    case FollowUpListQuery::Status:
        return tr("Status");
    case FollowUpListQuery::Attempts:
        return tr("Contacts");
    case FollowUpListQuery::LastAttempt:
        return tr("Last contact");
    }
    return {};
}

int FollowUpTableModel::widthInCharacters(int column) const {
    switch (column) {
    case FollowUpListQuery::Due:
    case FollowUpListQuery::LastAttempt:
        return 11;
    case FollowUpListQuery::Title:
        return 30;
    case FollowUpListQuery::Status:
    case FollowUpListQuery::Attempts:
        return 9;
    default:
        return 18;
    }
}

QVariant FollowUpTableModel::cell(const FollowUpRow& row, int column, int role) const {
    if (role == Qt::ForegroundRole && row.overdue)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::TextAlignmentRole && column == FollowUpListQuery::Attempts)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == FollowUpListQuery::Attempts)
        return tr("%1 answered of %2").arg(row.answered).arg(row.attempts);
    if (role == Qt::ToolTipRole && column == FollowUpListQuery::Due && row.overdue)
        return tr("Overdue");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case FollowUpListQuery::Due:
        return QString::fromStdString(row.dueDate);
    case FollowUpListQuery::Title:
        return QString::fromStdString(row.title);
    case FollowUpListQuery::Company:
        return QString::fromStdString(row.company);
    case FollowUpListQuery::Cluster:
        return QString::fromStdString(row.cluster);
    case FollowUpListQuery::Owner:
        return QString::fromStdString(row.owner);
    case FollowUpListQuery::Status:
        return row.overdue ? tr("Overdue") : followUpStatusName(row.status);
    case FollowUpListQuery::Attempts:
        return row.attempts;
    case FollowUpListQuery::LastAttempt:
        return QString::fromStdString(row.lastAttempt);
    }
    return {};
}

} // namespace clusterdesk::ui
