#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace clusterdesk::ui {

class AuditFormScreen;
class AuditListFilter;
class AuditListModel;
class Session;

// The "Audits" screen of the sidebar: every audit with its company, form, visit or support measure and
// progress; "New Audit…" starts one (or resumes a draft) and opens its form in place, "‹ All audits"
// comes back. Visits and support-measure screens can start or open audits through newAudit()/openAudit().
class AuditsScreen : public QWidget {
    Q_OBJECT
public:
    explicit AuditsScreen(Session& session, QWidget* parent = nullptr);
    ~AuditsScreen() override;

    // Asks which company, visit or measure and form (preset with what is given), then opens the audit
    // started or resumed; nullptr when cancelled.
    AuditFormScreen* newAudit(const QString& companyId = {}, const QString& companyName = {},
                              const QString& visitOrMeasureId = {});
    AuditFormScreen* openAudit(const QString& auditId);
    void showList();
    AuditFormScreen* formScreen() const { return m_form; }

    QTableView* view() const { return m_view; }
    AuditListModel* model() const { return m_model; }
    AuditListFilter* filter() const { return m_filter; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    QString currentId() const;

private:
    void updateEmptyNote();
    void saveSettings() const;

    Session& m_session;
    AuditListModel* m_model;
    AuditListFilter* m_filter;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_status;
    QPushButton* m_open;
    QTableView* m_view;
    QLabel* m_empty;
    QWidget* m_formPage;
    QVBoxLayout* m_formLayout;
    AuditFormScreen* m_form = nullptr;
};

} // namespace clusterdesk::ui
