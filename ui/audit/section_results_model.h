#pragma once

#include "domain/audit.h"
#include "domain/audit_scoring.h"

#include <QAbstractTableModel>
#include <optional>

namespace clusterdesk::ui {

// The results table: each section's percentage beside the average of similar companies (when the group is
// large enough to show one), and the overall percentage as the last line.
class SectionResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Section, Score, Peers, Answered, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(const AuditScore& score, const std::optional<PeerComparison>& peers);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isOverallRow(int row) const { return row == static_cast<int>(m_score.sections.size()); }
    std::optional<double> peerValue(int row) const;

    AuditScore m_score;
    std::optional<PeerComparison> m_peers;
};

// "64 %", or a dash when there is no percentage.
QString percentText(const std::optional<double>& percent);

} // namespace clusterdesk::ui
