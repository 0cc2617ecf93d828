#pragma once

#include "models/cached_table_model.h"
#include "storage/effort_list_query.h"

namespace clusterdesk::ui {

class EffortTableModel : public CachedTableModel<EffortListQuery, EffortRow> {
    Q_OBJECT
public:
    explicit EffortTableModel(Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int widthInCharacters(int column) const override;
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }

protected:
    QVariant cell(const EffortRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
