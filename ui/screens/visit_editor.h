#pragma once

#include "domain/visit.h"
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
class RecommendationsPanel;

// A company visit: who went, which audit, what was found, and the recommendations made, each pointing to
// an instrument of the catalogue. Plans the 3/6/12-month check-ins in one action, and opens the audit form
// filled in during the visit (or starts one).
class VisitEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit VisitEditor(Session& session, QWidget* parent = nullptr);

    CompanyPicker* companyPicker() const { return m_company; }
    RecommendationsPanel* recommendationsPanel() const { return m_recommendations; }
    QListWidget* staffList() const { return m_staff; }
    QPushButton* auditButton() const { return m_audit; }
    void planCheckIns();
    // Saves pending changes if the user wants, then asks for the visit's audit form.
    void requestAudit();

signals:
    void auditRequested(const QString& companyId, const QString& companyName, const QString& visitId);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Visit collect(FieldReader& reader) const;
    void companyChosen(const QString& companyId);
    void setStaff(const std::vector<std::string>& ids);

    std::optional<Visit> m_stored;
    std::vector<Recommendation> m_storedRecommendations;
    CompanyPicker* m_company;
    QComboBox* m_cluster;
    QLineEdit* m_date;
    QComboBox* m_auditKind;
    QListWidget* m_staff;
    QPlainTextEdit* m_findings;
    RecommendationsPanel* m_recommendations;
    QPushButton* m_checkIns;
    QPushButton* m_audit;
};

} // namespace clusterdesk::ui
