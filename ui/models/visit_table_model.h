#pragma once

#include "models/cached_table_model.h"
#include "storage/visit_list_query.h"

namespace clusterdesk::ui {

class VisitTableModel : public CachedTableModel<VisitListQuery, VisitRow> {
    Q_OBJECT
public:
    explicit VisitTableModel(Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int widthInCharacters(int column) const override;
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }

protected:
    QVariant cell(const VisitRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
