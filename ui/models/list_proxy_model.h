#pragma once

#include <QSortFilterProxyModel>

namespace clusterdesk::ui {

class PagedTableModel;

// Sits between a list's view and its PagedTableModel. Sorting is handed down to the model, which sorts in
// SQL: sorting here would read every one of 100,000 rows into memory.
class ListProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ListProxyModel(PagedTableModel* source, QObject* parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PagedTableModel* pagedModel() const { return m_source; }
    QString idAt(int proxyRow) const;
    int rowOf(const QString& id) const; // proxy row, -1 when not listed

private:
    PagedTableModel* m_source;
};

} // namespace clusterdesk::ui
