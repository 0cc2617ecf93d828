#pragma once

#include "storage/audit_list_query.h"

#include <QAbstractTableModel>
#include <vector>

namespace clusterdesk::ui {

class Session;

// The audits of one company, for its page: which form, of which kind, when, whether completed and the
// overall score. Read again with reload() when something changed.
class CompanyAuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Form, Kind, Date, Status, Overall, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    CompanyAuditModel(Session& session, const QString& companyId, QObject* parent = nullptr);

    void reload();
    QString idAt(int row) const;
    const AuditRow* row(int position) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditRow& row, int column) const;

    AuditListQuery m_query;
    std::string m_companyId;
    std::vector<AuditRow> m_rows;
};

} // namespace clusterdesk::ui
