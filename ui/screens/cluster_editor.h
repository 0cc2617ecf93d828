#pragma once

#include "domain/cluster.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace clusterdesk::ui {

// A cluster, its budget for the funnel, and its excellence labels.
class ClusterEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit ClusterEditor(Session& session, QWidget* parent = nullptr);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Cluster collect(FieldReader& reader) const;
    void showLabels();
    void addLabel();
    void removeLabel();

    std::optional<Cluster> m_stored;
    std::vector<ExcellenceLabel> m_storedLabels;
    std::vector<ExcellenceLabel> m_labels; // as edited
    QLineEdit* m_name;
    QLineEdit* m_sector;
    QComboBox* m_region;
    QLineEdit* m_organisation;
    QLineEdit* m_budgetDays;
    QLineEdit* m_budgetEur;
    QPlainTextEdit* m_notes;
    QTableWidget* m_labelTable;
    QComboBox* m_newLevel;
    QLineEdit* m_newAwarded;
    QPushButton* m_addLabel;
    QPushButton* m_removeLabel;
};

} // namespace clusterdesk::ui
