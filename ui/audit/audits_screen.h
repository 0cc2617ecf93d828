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
struct RecordRef;

// The "Audits" screen of the sidebar: every audit with its company, form, visit or support measure and
// progress; "New Audit…" starts one (or resumes a draft) and opens its form in place, "‹ All audits"
// comes back, "Delete" removes a draft started by mistake (undoably). The visit and support-measure editors
// open their audit, or start one, through openOrStartAudit().
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
    // The company's audit done during this visit or support measure: opened when there is one, chosen
    // from a list when there are several, started (with the forms that fit it) when there is none.
    AuditFormScreen* openOrStartAudit(const QString& companyId, const QString& companyName,
                                      const QString& visitOrMeasureId);
    // Asks to confirm, then deletes the selected audit (a draft; a completed one must be reopened first).
    void deleteCurrent();
    void showList();
    AuditFormScreen* formScreen() const { return m_form; }

    QTableView* view() const { return m_view; }
    AuditListModel* model() const { return m_model; }
    AuditListFilter* filter() const { return m_filter; }
    QLineEdit* searchBox() const { return m_search; }
    QPushButton* deleteButton() const { return m_delete; }
    QComboBox* statusCombo() const { return m_status; }
    QString currentId() const;

private:
    void updateEmptyNote();
    void updateButtons();
    // When the audit whose form is kept was deleted (here, on a company page, or by undo), the form goes.
    void onRecordsChanged(const QList<RecordRef>& records);
    void saveSettings() const;

    Session& m_session;
    AuditListModel* m_model;
    AuditListFilter* m_filter;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_status;
    QPushButton* m_open;
    QPushButton* m_delete;
    QTableView* m_view;
    QLabel* m_empty;
    QWidget* m_formPage;
    QVBoxLayout* m_formLayout;
    AuditFormScreen* m_form = nullptr;
};

} // namespace clusterdesk::ui
