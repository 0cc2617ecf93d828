#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace clusterdesk::ui {

// A read-only table of text for the small tables of a page (a company's clusters, timeline, history).
// setRows() replaces everything: these tables are a few hundred rows at most.
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TextTableModel(QStringList headers, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(QList<QStringList> rows);
    const QList<QStringList>& rows() const { return m_rows; }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace clusterdesk::ui
