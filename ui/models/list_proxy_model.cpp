#include "models/list_proxy_model.h"

#include "models/paged_table_model.h"

namespace clusterdesk::ui {

ListProxyModel::ListProxyModel(PagedTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    setDynamicSortFilter(false);
}

void ListProxyModel::sort(int column, Qt::SortOrder order) {
    m_source->sort(column, order);
}

QString ListProxyModel::idAt(int proxyRow) const {
    return m_source->idAt(mapToSource(index(proxyRow, 0)).row());
}

int ListProxyModel::rowOf(const QString& id) const {
    int sourceRow = m_source->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_source->index(sourceRow, 0)).row();
}

} // namespace clusterdesk::ui
