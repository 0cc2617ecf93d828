#pragma once

#include "domain/audit_scoring.h"

#include <QAbstractListModel>

namespace clusterdesk::ui {

// The sections of a form beside it, each with its progress: answered of all questions, required ones
// still missing, and the percentage so far.
class SectionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SectionIdRole = Qt::UserRole + 1, AnsweredRole, QuestionCountRole, MissingRole, PercentRole };

    using QAbstractListModel::QAbstractListModel;

    // A new set of sections resets the list; new figures for the same sections update the rows in place.
    void setScore(const AuditScore& score);
    const SectionScore* section(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<SectionScore> m_sections;
};

} // namespace clusterdesk::ui
