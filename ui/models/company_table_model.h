#pragma once

#include "models/cached_table_model.h"
#include "storage/company_list_query.h"

namespace clusterdesk::ui {

class CompanyTableModel : public CachedTableModel<CompanyListQuery, CompanyRow> {
    Q_OBJECT
public:
    explicit CompanyTableModel(Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool shownByDefault(int column) const override;
    int widthInCharacters(int column) const override;

protected:
    QVariant cell(const CompanyRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
