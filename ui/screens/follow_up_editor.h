#pragma once

#include "domain/follow_up.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace clusterdesk::ui {

class CompanyPicker;

// One follow-up and every attempt to reach the company about it. Contact attempts, completing and
// rescheduling are one click (and one undoable command) each.
class FollowUpEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit FollowUpEditor(Session& session, QWidget* parent = nullptr);

    // The actions on the shown follow-up; false when nothing was stored.
    bool addContactAttempt(ContactAttempt attempt);
    bool complete(const Date& on);
    bool reschedule(const Date& due);
    void askContactAttempt(bool answered);
    void askReschedule();

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    FollowUp collect(FieldReader& reader) const;
    bool changeStored(const QString& text, const std::function<void(FollowUp&)>& change);
    void showAttempts(const std::string& followUpId);

    std::optional<FollowUp> m_stored;
    QLineEdit* m_title;
    CompanyPicker* m_company;
    QComboBox* m_cluster;
    QLineEdit* m_due;
    QComboBox* m_owner;
    QComboBox* m_status;
    QLineEdit* m_completedOn;
    QTableWidget* m_attempts;
    QWidget* m_actions;
};

} // namespace clusterdesk::ui
