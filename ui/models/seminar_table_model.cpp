#include "models/seminar_table_model.h"

namespace clusterdesk::ui {

SeminarTableModel::SeminarTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("seminar"), parent) {
    alsoDependOn(QStringLiteral("cluster"));
    alsoDependOn(QStringLiteral("attendance"));
}

int SeminarTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : SeminarListQuery::ColumnCount;
}

QVariant SeminarTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeminarListQuery::Date:
        return tr("Date");
    case SeminarListQuery::Title:
        return tr("Title");
    case SeminarListQuery::Place:
        return tr("Place");
    case SeminarListQuery::Clusters:
        return tr("Organised by");
    case SeminarListQuery::Companies:
        return tr("Companies");
    case SeminarListQuery::People:
        return tr("People");
    case SeminarListQuery::Registered:
        return tr("Registered");
    }
    return {};
}

int SeminarTableModel::widthInCharacters(int column) const {
    switch (column) {
    case SeminarListQuery::Date:
        return 11;
    case SeminarListQuery::Title:
        return 34;
    case SeminarListQuery::Companies:
    case SeminarListQuery::People:
    case SeminarListQuery::Registered:
        return 9;
    default:
        return 16;
    }
}

QVariant SeminarTableModel::cell(const SeminarRow& row, int column, int role) const {
    if (role == Qt::TextAlignmentRole && column >= SeminarListQuery::Companies)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case SeminarListQuery::Date:
        return QString::fromStdString(row.date);
    case SeminarListQuery::Title:
        return QString::fromStdString(row.title);
    case SeminarListQuery::Place:
        return QString::fromStdString(row.place);
    case SeminarListQuery::Clusters:
        return QString::fromStdString(row.clusters);
    case SeminarListQuery::Companies:
        return row.companies;
    case SeminarListQuery::People:
        return row.people;
    case SeminarListQuery::Registered:
        return row.registered;
    }
    return {};
}

} // namespace clusterdesk::ui
