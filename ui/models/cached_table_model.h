#pragma once

#include "models/paged_table_model.h"

#include <QColor>
#include <QFont>
#include <QVariant>
#include <algorithm>

namespace clusterdesk::ui {

// A list over one storage query class (CompanyListQuery, ...): keeps the rows the view has asked for in a
// cache filled a page at a time, so scrolling through 100,000 records reads only what is on screen.
// Query must offer ids(ListFilter) and rows(ids); Row must have id and deleted.
template <class Query, class Row> class CachedTableModel : public PagedTableModel {
public:
    static constexpr int kPageSize = 100;
    static constexpr std::size_t kMaxCached = 3000;

    CachedTableModel(Session& session, QString table, QObject* parent = nullptr)
        : PagedTableModel(session, std::move(table), parent)
        , m_query(session.database()) {}

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Row* row = rowAt(index.row());
        if (!row)
            return {};
        if (role == IdRole)
            return QString::fromStdString(row->id);
        if (role == DeletedRole)
            return row->deleted;
        if (row->deleted && role == Qt::FontRole) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (row->deleted && role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        return cell(*row, index.column(), role);
    }

    // The row shown at position, read with its page when not cached; nullptr out of range.
    const Row* rowAt(int position) const {
        if (position < 0 || position >= rowCount())
            return nullptr;
        const std::string& id = ids()[static_cast<std::size_t>(position)];
        if (auto it = m_cache.find(id); it != m_cache.end())
            return &it->second;
        loadPage(position);
        auto it = m_cache.find(id);
        return it == m_cache.end() ? nullptr : &it->second;
    }

    const Query& query() const { return m_query; }

protected:
    Query& mutableQuery() { return m_query; }
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    std::vector<std::string> queryIds(const ListFilter& filter) const override { return m_query.ids(filter); }

    std::optional<bool> reloadRow(const std::string& id) override {
        m_cache.erase(id);
        auto rows = m_query.rows({id});
        if (rows.empty())
            return std::nullopt;
        bool deleted = rows.front().deleted;
        m_cache.insert_or_assign(id, std::move(rows.front()));
        return deleted;
    }

    void forgetAll() override { m_cache.clear(); }

private:
    void loadPage(int position) const {
        if (m_cache.size() > kMaxCached)
            m_cache.clear();
        int first = position - position % kPageSize;
        int last = std::min(rowCount(), first + kPageSize);
        std::vector<std::string> wanted;
        for (int i = first; i < last; ++i)
            if (!m_cache.contains(ids()[static_cast<std::size_t>(i)]))
                wanted.push_back(ids()[static_cast<std::size_t>(i)]);
        for (auto& row : m_query.rows(wanted)) {
            std::string id = row.id;
            m_cache.insert_or_assign(std::move(id), std::move(row));
        }
    }

    Query m_query;
    mutable std::unordered_map<std::string, Row> m_cache;
};

} // namespace clusterdesk::ui
