#pragma once

#include "domain/company.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace clusterdesk::ui {

// A company's register data and the clusters it is a member of.
class CompanyEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit CompanyEditor(Session& session, QWidget* parent = nullptr);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Company collect(FieldReader& reader) const;
    void loadMemberships(const std::string& companyId);

    std::optional<Company> m_stored;
    std::vector<Membership> m_memberships;
    QLineEdit* m_name;
    QLineEdit* m_fiscalCode;
    QLineEdit* m_nace;
    QComboBox* m_naceVersion;
    QLineEdit* m_headcount;
    QLineEdit* m_turnover;
    QLineEdit* m_balanceSheet;
    QLabel* m_sizeClass;
    QComboBox* m_region;
    QLineEdit* m_city;
    QLineEdit* m_address;
    QLineEdit* m_website;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_notes;
    QListWidget* m_clusters;
};

} // namespace clusterdesk::ui
