#include "models/outcome_table_model.h"

#include "models/display_names.h"

#include <QLocale>

namespace clusterdesk::ui {

OutcomeTableModel::OutcomeTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("agreement"), parent) {
    alsoList(QStringLiteral("funding_application"));
    alsoList(QStringLiteral("certification"));
    alsoDependOn(QStringLiteral("company"));
    alsoDependOn(QStringLiteral("cluster"));
}

int OutcomeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : OutcomeListQuery::ColumnCount;
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const char* const titles[] = {QT_TR_NOOP("Date"),
                                         QT_TR_NOOP("Outcome"),
                                         QT_TR_NOOP("Title"),
                                         QT_TR_NOOP("Cluster"),
                                         QT_TR_NOOP("Company or parties"),
                                         QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("Amount (EUR)")};
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return tr(titles[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int OutcomeTableModel::widthInCharacters(int column) const {
    switch (column) {
    case OutcomeListQuery::Date:
        return 11;
    case OutcomeListQuery::Kind:
    case OutcomeListQuery::Title:
        return 22;
    default:
        return 16;
    }
}

QVariant OutcomeTableModel::cell(const OutcomeRow& row, int column, int role) const {
    if (role == Qt::TextAlignmentRole && column == OutcomeListQuery::Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case OutcomeListQuery::Date:
        return QString::fromStdString(row.date);
    case OutcomeListQuery::Kind:
        return outcomeKindName(row.kind);
    case OutcomeListQuery::Title:
        return QString::fromStdString(row.title);
    case OutcomeListQuery::Cluster:
        return QString::fromStdString(row.cluster);
    case OutcomeListQuery::Who:
        return QString::fromStdString(row.who);
    case OutcomeListQuery::Status:
        return row.status.empty() ? QString() : fundingStatusName(row.status);
    case OutcomeListQuery::Amount:
        return row.amountEur ? QLocale().toString(*row.amountEur, 'f', 0) : QString();
    }
    return {};
}

} // namespace clusterdesk::ui
