#include "models/measure_table_model.h"

#include "models/display_names.h"

namespace clusterdesk::ui {

MeasureTableModel::MeasureTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("support_measure"), parent) {
    alsoDependOn(QStringLiteral("company"));
    alsoDependOn(QStringLiteral("cluster"));
}

int MeasureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : MeasureListQuery::ColumnCount;
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const char* const titles[] = {QT_TR_NOOP("Start"),   QT_TR_NOOP("Kind"),      QT_TR_NOOP("Title"),
                                         QT_TR_NOOP("Cluster"), QT_TR_NOOP("Companies"), QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("End")};
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return tr(titles[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int MeasureTableModel::widthInCharacters(int column) const {
    switch (column) {
    case MeasureListQuery::Start:
    case MeasureListQuery::End:
        return 11;
    case MeasureListQuery::Kind:
    case MeasureListQuery::Title:
        return 24;
    default:
        return 16;
    }
}

QVariant MeasureTableModel::cell(const MeasureRow& row, int column, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case MeasureListQuery::Start:
        return QString::fromStdString(row.startDate);
    case MeasureListQuery::Kind:
        return QString::fromStdString(row.kind);
    case MeasureListQuery::Title:
        return QString::fromStdString(row.title);
    case MeasureListQuery::Cluster:
        return QString::fromStdString(row.cluster);
    case MeasureListQuery::Companies:
        return QString::fromStdString(row.companies);
    case MeasureListQuery::Status:
        return measureStatusName(row.status);
    case MeasureListQuery::End:
        return QString::fromStdString(row.endDate);
    }
    return {};
}

} // namespace clusterdesk::ui
