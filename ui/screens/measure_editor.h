#pragma once

#include "domain/support_measure.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace clusterdesk::ui {

class CompanyPicker;

// A measure of enhanced support (phase 3): kind, dates, status, outcome and the companies it is for. Opens
// the audit form filled in for one of its companies (innovation audit, competence mapping, ...) or starts
// one.
class MeasureEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit MeasureEditor(Session& session, QWidget* parent = nullptr);

    CompanyPicker* companyPicker() const { return m_picker; }
    QListWidget* companyList() const { return m_companies; }
    QPushButton* auditButton() const { return m_audit; }
    void addPickedCompany();
    // For the company chosen in the list (or the only one): saves pending changes if the user wants, then
    // asks for its audit form.
    void requestAudit();

signals:
    void auditRequested(const QString& companyId, const QString& companyName, const QString& measureId);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    SupportMeasure collect(FieldReader& reader) const;
    void showCompanies(const std::vector<std::string>& ids);
    void updateAuditButton();

    std::optional<SupportMeasure> m_stored;
    QComboBox* m_cluster;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QComboBox* m_status;
    QPlainTextEdit* m_outcome;
    QListWidget* m_companies;
    CompanyPicker* m_picker;
    QPushButton* m_audit;
};

} // namespace clusterdesk::ui
