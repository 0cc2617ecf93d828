#include "models/effort_table_model.h"

#include <QLocale>

namespace clusterdesk::ui {

EffortTableModel::EffortTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("effort"), parent) {
    alsoDependOn(QStringLiteral("person"));
    alsoDependOn(QStringLiteral("cluster"));
}

int EffortTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : EffortListQuery::ColumnCount;
}

QVariant EffortTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const char* const titles[] = {
        QT_TR_NOOP("Date"), QT_TR_NOOP("Expert"),         QT_TR_NOOP("Cluster"),    QT_TR_NOOP("Phase"),
        QT_TR_NOOP("Days"), QT_TR_NOOP("Day rate (EUR)"), QT_TR_NOOP("Cost (EUR)"), QT_TR_NOOP("Note")};
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return tr(titles[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int EffortTableModel::widthInCharacters(int column) const {
    switch (column) {
    case EffortListQuery::Date:
        return 11;
    case EffortListQuery::Phase:
    case EffortListQuery::Days:
        return 7;
    case EffortListQuery::DayRate:
    case EffortListQuery::Cost:
        return 15;
    default:
        return 20;
    }
}

QVariant EffortTableModel::cell(const EffortRow& row, int column, int role) const {
    bool number = column == EffortListQuery::Phase || column == EffortListQuery::Days ||
                  column == EffortListQuery::DayRate || column == EffortListQuery::Cost;
    if (role == Qt::TextAlignmentRole && number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    QLocale locale;
    switch (column) {
    case EffortListQuery::Date:
        return QString::fromStdString(row.date);
    case EffortListQuery::Person:
        return QString::fromStdString(row.person);
    case EffortListQuery::Cluster:
        return QString::fromStdString(row.cluster);
    case EffortListQuery::Phase:
        return row.phase;
    case EffortListQuery::Days:
        return locale.toString(row.days, 'g', 6);
    case EffortListQuery::DayRate:
        return row.dayRateEur ? locale.toString(*row.dayRateEur, 'f', 0) : QString();
    case EffortListQuery::Cost:
        return locale.toString(row.costEur, 'f', 0);
    case EffortListQuery::Note:
        return QString::fromStdString(row.note);
    }
    return {};
}

} // namespace clusterdesk::ui
