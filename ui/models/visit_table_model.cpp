#include "models/visit_table_model.h"

namespace clusterdesk::ui {

VisitTableModel::VisitTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("visit"), parent) {
    for (const char* table : {"company", "cluster", "person", "recommendation"})
        alsoDependOn(QString::fromLatin1(table));
}

int VisitTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : VisitListQuery::ColumnCount;
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VisitListQuery::Date:
        return tr("Date");
    case VisitListQuery::Company:
        return tr("Company");
    case VisitListQuery::Cluster:
        return tr("Cluster");
    case VisitListQuery::AuditKind:
        return tr("Audit");
    case VisitListQuery::Staff:
        return tr("Staff");
    case VisitListQuery::Recommendations:
        return tr("Recommendations");
    }
    return {};
}

int VisitTableModel::widthInCharacters(int column) const {
    switch (column) {
    case VisitListQuery::Date:
        return 11;
    case VisitListQuery::Company:
        return 26;
    case VisitListQuery::Recommendations:
        return 10;
    default:
        return 18;
    }
}

QVariant VisitTableModel::cell(const VisitRow& row, int column, int role) const {
    if (role == Qt::TextAlignmentRole && column == VisitListQuery::Recommendations)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == VisitListQuery::Recommendations)
        return tr("%1 of them still open").arg(row.openRecommendations);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case VisitListQuery::Date:
        return QString::fromStdString(row.date);
    case VisitListQuery::Company:
        return QString::fromStdString(row.company);
    case VisitListQuery::Cluster:
        return QString::fromStdString(row.cluster);
    case VisitListQuery::AuditKind:
        return QString::fromStdString(row.auditKind);
    case VisitListQuery::Staff:
        return QString::fromStdString(row.staff);
    case VisitListQuery::Recommendations:
        return row.recommendations;
    }
    return {};
}

} // namespace clusterdesk::ui
