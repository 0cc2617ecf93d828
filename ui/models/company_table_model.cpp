#include "models/company_table_model.h"

#include "models/display_names.h"

namespace clusterdesk::ui {

CompanyTableModel::CompanyTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("company"), parent) {
    alsoDependOn(QStringLiteral("membership"));
    alsoDependOn(QStringLiteral("cluster"));
}

int CompanyTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : CompanyListQuery::ColumnCount;
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyListQuery::Name:
        return tr("Name");
    case CompanyListQuery::FiscalCode:
        return tr("Fiscal code");
    case CompanyListQuery::City:
        return tr("City");
    case CompanyListQuery::Region:
        return tr("Region");
    case CompanyListQuery::Nace:
        return tr("NACE");
    case CompanyListQuery::Size:
        return tr("Size");
    case CompanyListQuery::Headcount:
        return tr("Staff");
    case CompanyListQuery::Clusters:
        return tr("Clusters");
    }
    return {};
}

bool CompanyTableModel::shownByDefault(int column) const {
    return column != CompanyListQuery::Headcount;
}

int CompanyTableModel::widthInCharacters(int column) const {
    switch (column) {
    case CompanyListQuery::Name:
        return 28;
    case CompanyListQuery::Region:
    case CompanyListQuery::Nace:
    case CompanyListQuery::Headcount:
        return 7;
    case CompanyListQuery::Size:
        return 9;
    case CompanyListQuery::FiscalCode:
        return 14;
    default:
        return 14;
    }
}

QVariant CompanyTableModel::cell(const CompanyRow& row, int column, int role) const {
    if (role == Qt::TextAlignmentRole && column == CompanyListQuery::Headcount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case CompanyListQuery::Name:
        return QString::fromStdString(row.name);
    case CompanyListQuery::FiscalCode:
        return QString::fromStdString(row.fiscalCode);
    case CompanyListQuery::City:
        return QString::fromStdString(row.city);
    case CompanyListQuery::Region:
        return QString::fromStdString(row.region);
    case CompanyListQuery::Nace:
        return QString::fromStdString(row.naceCode);
    case CompanyListQuery::Size:
        return sizeClassName(row.sizeClass);
    case CompanyListQuery::Headcount:
        return row.headcount ? QVariant(*row.headcount) : QVariant();
    case CompanyListQuery::Clusters:
        return QString::fromStdString(row.clusters);
    }
    return {};
}

} // namespace clusterdesk::ui
