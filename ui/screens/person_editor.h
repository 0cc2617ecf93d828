#pragma once

#include "domain/person.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace clusterdesk::ui {

class CompanyPicker;

// A person: contact data, who they work for, whether they are staff (and their day rate), and the
// consent for keeping their data.
class PersonEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit PersonEditor(Session& session, QWidget* parent = nullptr);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Person collect(FieldReader& reader) const;
    void showEmployerFields();

    std::optional<Person> m_stored;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_jobTitle;
    QComboBox* m_employerKind;
    CompanyPicker* m_employerCompany;
    QComboBox* m_employerCluster;
    QLineEdit* m_employerName;
    QComboBox* m_staffRole;
    QLineEdit* m_dayRate;
    QLineEdit* m_consentOn;
    QLineEdit* m_consentPurpose;
    QLineEdit* m_consentSource;
};

} // namespace clusterdesk::ui
