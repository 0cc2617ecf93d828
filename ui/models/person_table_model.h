#pragma once

#include "models/cached_table_model.h"
#include "storage/person_list_query.h"

namespace clusterdesk::ui {

class PersonTableModel : public CachedTableModel<PersonListQuery, PersonRow> {
    Q_OBJECT
public:
    explicit PersonTableModel(Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int widthInCharacters(int column) const override;

protected:
    QVariant cell(const PersonRow& row, int column, int role) const override;
};

} // namespace clusterdesk::ui
