#include "audit/section_list_model.h"

#include <algorithm>

namespace clusterdesk::ui {

void SectionListModel::setScore(const AuditScore& score) {
    bool sameSections = std::equal(m_sections.begin(), m_sections.end(), score.sections.begin(),
                                   score.sections.end(), [](const SectionScore& a, const SectionScore& b) {
                                       return a.sectionId == b.sectionId && a.title == b.title;
                                   });
    if (!sameSections) {
        beginResetModel();
        m_sections = score.sections;
        endResetModel();
        return;
    }
    m_sections = score.sections;
    if (!m_sections.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

const SectionScore* SectionListModel::section(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_sections[static_cast<std::size_t>(row)];
}

int SectionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sections.size());
}

QVariant SectionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionScore& s = m_sections[static_cast<std::size_t>(index.row())];
    const int missing = static_cast<int>(s.missingRequired.size());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(QString::fromStdString(s.title));
    case Qt::ToolTipRole: {
        QString tip = tr("%1 of %2 questions answered").arg(s.answered).arg(s.questions);
        if (missing > 0)
            tip += QLatin1Char('\n') + (missing == 1
                                            ? tr("1 required question not answered yet")
                                            : tr("%n required questions not answered yet", nullptr, missing));
        if (s.percent)
            tip += QLatin1Char('\n') + tr("Score so far: %1 %").arg(*s.percent, 0, 'f', 0);
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return tr("%1 of %2 answered").arg(s.answered).arg(s.questions);
    case SectionIdRole:
        return QString::fromStdString(s.sectionId);
    case AnsweredRole:
        return s.answered;
    case QuestionCountRole:
        return s.questions;
    case MissingRole:
        return missing;
    case PercentRole:
        return s.percent ? QVariant(*s.percent) : QVariant();
    }
    return {};
}

} // namespace clusterdesk::ui
