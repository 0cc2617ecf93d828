#include "audit/suggestion_model.h"

namespace clusterdesk::ui {

void SuggestionModel::setSuggestions(std::vector<Suggestion> suggestions, std::set<std::string> takenTexts) {
    beginResetModel();
    m_suggestions = std::move(suggestions);
    m_taken = std::move(takenTexts);
    endResetModel();
}

const Suggestion* SuggestionModel::suggestion(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_suggestions[static_cast<std::size_t>(row)];
}

bool SuggestionModel::isTaken(int row) const {
    const Suggestion* s = suggestion(row);
    return s && m_taken.contains(s->rule.text);
}

int SuggestionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_suggestions.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuggestionModel::pointsTo(const Suggestion& s) const {
    const std::string& code = s.rule.instrumentCode.empty() ? s.rule.measureKind : s.rule.instrumentCode;
    auto it = m_names.find(code);
    QString name = QString::fromStdString(it == m_names.end() ? code : it->second);
    return s.rule.instrumentCode.empty() ? tr("Support measure: %1").arg(name) : name;
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion& s = m_suggestions[static_cast<std::size_t>(index.row())];
    const bool taken = m_taken.contains(s.rule.text);
    if (role == TakenRole)
        return taken;
    if (role == Qt::ToolTipRole && index.column() == Section)
        return tr("Suggested because the section scored %1 %, below %2 %")
            .arg(s.sectionPercent, 0, 'f', 0)
            .arg(s.rule.below, 0, 'f', 0);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Section:
        return tr("%1 (%2 % < %3 %)")
            .arg(QString::fromStdString(s.sectionTitle))
            .arg(s.sectionPercent, 0, 'f', 0)
            .arg(s.rule.below, 0, 'f', 0);
    case Text:
        return QString::fromStdString(s.rule.text);
    case PointsTo:
        return pointsTo(s);
    case Taken:
        return taken ? tr("Recommended") : QString();
    }
    return {};
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Text:
        return tr("Suggestion");
    case PointsTo:
        return tr("Points to");
    case Taken:
        return tr("Status");
    }
    return {};
}

} // namespace clusterdesk::ui
