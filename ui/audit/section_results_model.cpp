#include "audit/section_results_model.h"

#include <QFont>

namespace clusterdesk::ui {

QString percentText(const std::optional<double>& percent) {
    return percent ? QStringLiteral("%1 %").arg(*percent, 0, 'f', 0) : QStringLiteral("–");
}

void SectionResultsModel::setResults(const AuditScore& score, const std::optional<PeerComparison>& peers) {
    const bool sameRows = score.sections.size() == m_score.sections.size();
    m_score = score;
    m_peers = peers && peers->shown() ? peers : std::nullopt;
    if (!sameRows) {
        beginResetModel();
        endResetModel();
    } else if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int SectionResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_score.sections.size()) + 1;
}

int SectionResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> SectionResultsModel::peerValue(int row) const {
    if (!m_peers)
        return std::nullopt;
    if (isOverallRow(row))
        return m_peers->overall;
    auto it = m_peers->sections.find(m_score.sections[static_cast<std::size_t>(row)].sectionId);
    if (it == m_peers->sections.end())
        return std::nullopt;
    return it->second;
}

QVariant SectionResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool overall = isOverallRow(row);
    if (role == Qt::FontRole && overall) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Section)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const SectionScore* section = overall ? nullptr : &m_score.sections[static_cast<std::size_t>(row)];
    const std::optional<double> score = overall ? m_score.overall : section->percent;
    switch (index.column()) {
    case Section:
        return overall ? tr("Overall") : QString::fromStdString(section->title);
    case Score:
        if (role == Qt::UserRole)
            return score ? QVariant(*score) : QVariant();
        return percentText(score);
    case Peers: {
        std::optional<double> peer = peerValue(row);
        if (role == Qt::UserRole)
            return peer ? QVariant(*peer) : QVariant();
        return m_peers ? percentText(peer) : QString();
    }
    case Answered: {
        int answered = overall ? m_score.answered : section->answered;
        int questions = overall ? m_score.questions : section->questions;
        return tr("%1 of %2").arg(answered).arg(questions);
    }
    }
    return {};
}

QVariant SectionResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Score:
        return tr("Score");
    case Peers:
        return tr("Similar companies");
    case Answered:
        return tr("Answered");
    }
    return {};
}

} // namespace clusterdesk::ui
