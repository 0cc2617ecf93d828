#include "models/cluster_table_model.h"

#include "models/display_names.h"

namespace clusterdesk::ui {

ClusterTableModel::ClusterTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("cluster"), parent) {
    alsoDependOn(QStringLiteral("membership"));
    alsoDependOn(QStringLiteral("excellence_label"));
}

int ClusterTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ClusterListQuery::ColumnCount;
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClusterListQuery::Name:
        return tr("Name");
    case ClusterListQuery::Sector:
        return tr("Sector");
    case ClusterListQuery::Region:
        return tr("Region");
    case ClusterListQuery::Organisation:
        return tr("Organisation");
    case ClusterListQuery::Members:
        return tr("Members");
    case ClusterListQuery::Label:
        return tr("Label");
    case ClusterListQuery::LabelExpires:
        return tr("Label expires");
    }
    return {};
}

int ClusterTableModel::widthInCharacters(int column) const {
    switch (column) {
    case ClusterListQuery::Name:
    case ClusterListQuery::Organisation:
        return 26;
    case ClusterListQuery::Region:
    case ClusterListQuery::Members:
    case ClusterListQuery::Label:
        return 8;
    default:
        return 12;
    }
}

QVariant ClusterTableModel::cell(const ClusterRow& row, int column, int role) const {
    if (role == Qt::TextAlignmentRole && column == ClusterListQuery::Members)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case ClusterListQuery::Name:
        return QString::fromStdString(row.name);
    case ClusterListQuery::Sector:
        return QString::fromStdString(row.sector);
    case ClusterListQuery::Region:
        return QString::fromStdString(row.region);
    case ClusterListQuery::Organisation:
        return QString::fromStdString(row.organisation);
    case ClusterListQuery::Members:
        return row.members;
    case ClusterListQuery::Label:
        return labelLevelName(row.label);
    case ClusterListQuery::LabelExpires:
        return QString::fromStdString(row.labelExpires);
    }
    return {};
}

} // namespace clusterdesk::ui
