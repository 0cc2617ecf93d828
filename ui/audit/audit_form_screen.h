#pragma once

#include "storage/audit_list_query.h"
#include "storage/audit_store.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace clusterdesk::ui {

class AuditResultsView;
class QuestionEditor;
class SectionListModel;
class SectionPage;
class Session;

// Filling in one audit: the sections with their progress beside the questions of the current one, notes
// per section, and the results. Every answer and note is saved through AuditStore in its own transaction
// as soon as it is given. "Complete" checks the required answers and locks the form; "Reopen…" asks for
// a reason. Prints the blank form and the filled-in one with its results to PDF.
class AuditFormScreen : public QWidget {
    Q_OBJECT
public:
    AuditFormScreen(Session& session, const QString& auditId, QWidget* parent = nullptr);
    ~AuditFormScreen() override;

    QString auditId() const { return m_id; }
    const AuditForm& form() const { return m_form; }
    bool isCompleted() const;

    // Sends what is being typed to the store now (before completing, printing, closing).
    void flush();
    // False when required answers are missing (they are highlighted and listed) or storing failed.
    bool complete();
    // Asks for the reason, then reopens.
    void askReopen();
    bool reopen(const QString& reason);
    void showSection(int index);
    void showQuestion(const QString& questionId);

    void askPrintBlank();
    void askPrintCompleted();
    // Writes the PDF on a worker thread; printFinished tells when it is there.
    void printBlank(const QString& path);
    void printCompleted(const QString& path);

    QListView* sectionList() const { return m_sectionList; }
    SectionListModel* sectionModel() const { return m_sections; }
    SectionPage* page(int index) const { return m_pages[static_cast<std::size_t>(index)]; }
    int currentSection() const;
    QuestionEditor* editor(const QString& questionId) const;
    QTabWidget* tabs() const { return m_tabs; }
    AuditResultsView* results() const { return m_results; }
    QLabel* banner() const { return m_banner; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* progressText() const { return m_progressText; }
    QPushButton* completeButton() const { return m_complete; }
    QPushButton* reopenButton() const { return m_reopen; }
    QPushButton* printBlankButton() const { return m_printBlank; }
    QPushButton* printButton() const { return m_print; }

signals:
    void printFinished(const QString& path, const QString& error);

private:
    void build();
    void load();
    void saveAnswer(const QString& questionId, const QString& typed);
    void saveNote(const QString& sectionId, const QString& text);
    void rescore();
    void applyStatus();
    void showBanner(const QString& html, const QString& kind);
    void runPdf(const QString& path, std::function<void()> work);
    QString askPdfPath(const QString& title, const QString& suggestedName);
    void announce();

    Session& m_session;
    QString m_id;
    AuditStore m_store;
    AuditForm m_form;
    std::optional<AuditRow> m_row;

    QLabel* m_title;
    QLabel* m_context;
    QLabel* m_banner;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_printBlank;
    QPushButton* m_print;
    QPushButton* m_complete;
    QPushButton* m_reopen;
    QTabWidget* m_tabs;
    SectionListModel* m_sections;
    QListView* m_sectionList;
    QStackedWidget* m_pageStack;
    std::vector<SectionPage*> m_pages;
    AuditResultsView* m_results;
    bool m_printing = false;
};

} // namespace clusterdesk::ui
