#pragma once

#include "domain/effort.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clusterdesk::ui {

// Expert days booked by one staff member for one cluster and phase; the day rate is the person's at the
// time of booking, so later rate changes do not rewrite past costs.
class EffortEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit EffortEditor(Session& session, QWidget* parent = nullptr);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Effort collect(FieldReader& reader) const;
    void personChosen();

    std::optional<Effort> m_stored;
    QComboBox* m_person;
    QComboBox* m_cluster;
    QComboBox* m_phase;
    QLineEdit* m_date;
    QLineEdit* m_days;
    QLineEdit* m_dayRate;
    QLabel* m_cost;
    QLineEdit* m_note;
};

} // namespace clusterdesk::ui
