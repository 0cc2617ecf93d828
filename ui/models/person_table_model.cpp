#include "models/person_table_model.h"

#include "models/display_names.h"

namespace clusterdesk::ui {

PersonTableModel::PersonTableModel(Session& session, QObject* parent)
    : CachedTableModel(session, QStringLiteral("person"), parent) {
    alsoDependOn(QStringLiteral("company"));
    alsoDependOn(QStringLiteral("cluster"));
}

int PersonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : PersonListQuery::ColumnCount;
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const char* const titles[] = {
        QT_TR_NOOP("Name"),  QT_TR_NOOP("Works for"),  QT_TR_NOOP("Job title"),    QT_TR_NOOP("Email"),
        QT_TR_NOOP("Phone"), QT_TR_NOOP("Staff role"), QT_TR_NOOP("Consent given")};
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return tr(titles[section]);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int PersonTableModel::widthInCharacters(int column) const {
    switch (column) {
    case PersonListQuery::Name:
    case PersonListQuery::Employer:
        return 24;
    case PersonListQuery::Consent:
        return 12;
    default:
        return 16;
    }
}

QVariant PersonTableModel::cell(const PersonRow& row, int column, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case PersonListQuery::Name:
        return QString::fromStdString(row.name);
    case PersonListQuery::Employer:
        return QString::fromStdString(row.employer);
    case PersonListQuery::JobTitle:
        return QString::fromStdString(row.jobTitle);
    case PersonListQuery::Email:
        return QString::fromStdString(row.email);
    case PersonListQuery::Phone:
        return QString::fromStdString(row.phone);
    case PersonListQuery::StaffRole:
        return row.staffRole == "none" ? QString() : staffRoleName(row.staffRole);
    case PersonListQuery::Consent:
        return QString::fromStdString(row.consentGiven);
    }
    return {};
}

} // namespace clusterdesk::ui
