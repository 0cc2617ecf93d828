#pragma once

#include "storage/audit_list_query.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace clusterdesk::ui {

class CompanyPicker;
class Session;

// Starts an audit, or resumes the draft of the same form: which company, during which of its visits
// (technology audit, business review) or support measures (innovation audit, eco-innovation audit,
// competence mapping, ...), and with which form template, bundled or imported.
class NewAuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewAuditDialog(Session& session, QWidget* parent = nullptr);

    // Presets, e.g. from a visit's or a measure's page.
    void setCompany(const QString& companyId, const QString& name);
    // False when the company has no such visit or measure.
    bool setTarget(const QString& visitOrMeasureId);
    // The company and the visit or measure chosen cannot be changed: the audit is for them.
    void lockTarget();
    void setTemplate(const QString& templateId);

    // The audit started or resumed, once accepted.
    QString auditId() const { return m_auditId; }
    bool resumed() const { return m_resumed; }

    CompanyPicker* companyPicker() const { return m_company; }
    QComboBox* targetCombo() const { return m_target; }
    QComboBox* templateCombo() const { return m_template; }
    QLabel* note() const { return m_note; }
    QPushButton* okButton() const { return m_ok; }

    void accept() override;

private:
    void companyChosen(const QString& companyId);
    void targetChosen();
    void templateChosen();
    void fillTemplates(const QString& select = {});
    void importTemplate();
    const AuditTarget* currentTarget() const;
    // The draft of the chosen form for the chosen visit or measure and company, if one was left.
    QString existingDraft() const;

    Session& m_session;
    AuditListQuery m_query;
    std::vector<AuditTarget> m_targets;
    std::vector<TemplateChoice> m_templates;
    CompanyPicker* m_company;
    QComboBox* m_target;
    QComboBox* m_template;
    QLabel* m_note;
    QPushButton* m_ok;
    QString m_auditId;
    bool m_resumed = false;
};

} // namespace clusterdesk::ui
