#pragma once

#include "models/cached_table_model.h"
#include "storage/measure_list_query.h"

namespace clusterdesk::ui {

class MeasureTableModel : public CachedTableModel<MeasureListQuery, MeasureRow> {
    Q_OBJECT
public:
    explicit MeasureTableModel(Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int widthInCharacters(int column) const override;
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }

protected:
    QVariant cell(const MeasureRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
