#pragma once

#include "domain/outcome.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace clusterdesk::ui {

class CompanyPicker;

// What came of the support: a partnership agreement, a funding application or a certification. One form
// shows the fields of the kind chosen; the kind is fixed once the record exists.
class OutcomeEditor : public RecordEditor {
    Q_OBJECT
public:
    enum class Kind { Agreement, Funding, Certification };

    explicit OutcomeEditor(Session& session, QWidget* parent = nullptr);

    void setKind(Kind kind);
    CompanyPicker* companyPicker() const { return m_company; }

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Kind kind() const;
    void showKindFields();
    PartnershipAgreement collectAgreement(FieldReader& reader) const;
    FundingApplication collectFunding(FieldReader& reader) const;
    Certification collectCertification(FieldReader& reader) const;

    std::optional<PartnershipAgreement> m_agreement;
    std::optional<FundingApplication> m_funding;
    std::optional<Certification> m_certification;
    QComboBox* m_kind;
    QComboBox* m_cluster;
    QLineEdit* m_title;
    QLineEdit* m_name;
    QLineEdit* m_agreementKind;
    CompanyPicker* m_company;
    QComboBox* m_instrument;
    QLineEdit* m_amount;
    QComboBox* m_status;
    QLineEdit* m_date;
    QLineEdit* m_submittedOn;
    QLineEdit* m_decidedOn;
    QLineEdit* m_awardedOn;
    QLineEdit* m_parties;
    QLineEdit* m_countries;
    QPlainTextEdit* m_notes;
};

} // namespace clusterdesk::ui
