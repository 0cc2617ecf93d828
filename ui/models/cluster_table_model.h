#pragma once

#include "models/cached_table_model.h"
#include "storage/cluster_list_query.h"

namespace clusterdesk::ui {

class ClusterTableModel : public CachedTableModel<ClusterListQuery, ClusterRow> {
    Q_OBJECT
public:
    explicit ClusterTableModel(Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int widthInCharacters(int column) const override;

protected:
    QVariant cell(const ClusterRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
