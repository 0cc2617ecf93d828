#include "models/paged_table_model.h"

#include <algorithm>

namespace clusterdesk::ui {

PagedTableModel::PagedTableModel(Session& session, QString table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_tables{std::move(table)} {
    connect(&session, &Session::recordsChanged, this, &PagedTableModel::onRecordsChanged);
    connect(&session, &Session::reloadNeeded, this, &PagedTableModel::reload);
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

bool PagedTableModel::shownByDefault(int) const {
    return true;
}

int PagedTableModel::widthInCharacters(int) const {
    return 14;
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount())
        return;
    m_filter.sortColumn = column;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void PagedTableModel::setFilter(const ListFilter& filter) {
    m_filter = filter;
    reload();
}

void PagedTableModel::setSearch(const QString& text) {
    m_filter.search = text.trimmed().toStdString();
    reload();
}

void PagedTableModel::setClusterId(const QString& id) {
    m_filter.clusterId = id.toStdString();
    reload();
}

void PagedTableModel::setIncludeDeleted(bool include) {
    m_filter.includeDeleted = include;
    reload();
}

void PagedTableModel::reload() {
    beginResetModel();
    forgetAll();
    setIds(queryIds(m_filter));
    endResetModel();
}

QString PagedTableModel::idAt(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(m_ids[static_cast<std::size_t>(row)]);
}

int PagedTableModel::rowOf(const QString& id) const {
    auto it = m_rowOf.find(id.toStdString());
    return it == m_rowOf.end() ? -1 : it->second;
}

void PagedTableModel::setIds(std::vector<std::string> ids) {
    m_ids = std::move(ids);
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        m_rowOf.emplace(m_ids[i], static_cast<int>(i));
}

void PagedTableModel::onRecordsChanged(const QList<RecordRef>& records) {
    bool dependencyChanged = false;
    for (const auto& record : records) {
        if (m_tables.contains(record.table))
            recordChanged(record.id.toStdString());
        else if (m_dependsOn.contains(record.table))
            dependencyChanged = true;
    }
    if (dependencyChanged && rowCount() > 0) {
        forgetAll();
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void PagedTableModel::recordChanged(const std::string& id) {
    std::optional<bool> deleted = reloadRow(id);
    bool listed = deleted && (!*deleted || m_filter.includeDeleted);
    auto found = m_rowOf.find(id);
    if (found != m_rowOf.end()) {
        int row = found->second;
        if (listed) {
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        beginRemoveRows({}, row, row);
        auto ids = m_ids;
        ids.erase(ids.begin() + row);
        setIds(std::move(ids));
        endRemoveRows();
        return;
    }
    if (!listed)
        return;
    // A new or restored record: ask the database where it belongs. When it is the only difference, insert
    // one row so the view keeps its selection and scroll position.
    std::vector<std::string> fresh = queryIds(m_filter);
    if (fresh.size() == m_ids.size() + 1) {
        auto mismatch = std::mismatch(m_ids.begin(), m_ids.end(), fresh.begin());
        auto at = static_cast<std::size_t>(mismatch.first - m_ids.begin());
        if (fresh[at] == id && std::equal(m_ids.begin() + static_cast<long>(at), m_ids.end(),
                                          fresh.begin() + static_cast<long>(at) + 1)) {
            beginInsertRows({}, static_cast<int>(at), static_cast<int>(at));
            setIds(std::move(fresh));
            endInsertRows();
            return;
        }
    }
    if (fresh == m_ids)
        return;
    beginResetModel();
    setIds(std::move(fresh));
    endResetModel();
}

} // namespace clusterdesk::ui
