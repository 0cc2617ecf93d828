#pragma once

#include "domain/audit_scoring.h"

#include <QAbstractTableModel>
#include <map>
#include <set>
#include <string>

namespace clusterdesk::ui {

// The template's suggested recommendations for the sections that scored below their thresholds, each
// with what it points to (an instrument or a kind of support measure) and whether the visit already has
// it as a recommendation.
class SuggestionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Section, Text, PointsTo, Taken, ColumnCount };
    enum Role { TakenRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // names: catalogue code -> name, for instruments and measure kinds alike (their codes do not clash).
    void setNames(std::map<std::string, std::string> names) { m_names = std::move(names); }
    void setSuggestions(std::vector<Suggestion> suggestions, std::set<std::string> takenTexts);
    const Suggestion* suggestion(int row) const;
    bool isTaken(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString pointsTo(const Suggestion& suggestion) const;

private:
    std::vector<Suggestion> m_suggestions;
    std::set<std::string> m_taken;
    std::map<std::string, std::string> m_names;
};

} // namespace clusterdesk::ui
