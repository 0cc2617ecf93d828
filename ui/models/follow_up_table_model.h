#pragma once

#include "models/cached_table_model.h"
#include "storage/follow_up_list_query.h"

namespace clusterdesk::ui {

class FollowUpTableModel : public CachedTableModel<FollowUpListQuery, FollowUpRow> {
    Q_OBJECT
public:
    explicit FollowUpTableModel(Session& session, QObject* parent = nullptr);

    void setScope(FollowUpListQuery::Scope scope);
    FollowUpListQuery::Scope scope() const { return query().scope(); }
    int overdueCount() const { return query().overdueCount(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int widthInCharacters(int column) const override;

protected:
    QVariant cell(const FollowUpRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
