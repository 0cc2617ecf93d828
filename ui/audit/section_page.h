#pragma once

#include "domain/audit_template.h"

#include <QScrollArea>
#include <vector>

class QPushButton;

namespace clusterdesk::ui {

class QuestionEditor;
class TextInput;

// The questions of one section of the form, one under the other, with the section's notes and buttons to
// the previous and next sections.
class SectionPage : public QScrollArea {
    Q_OBJECT
public:
    SectionPage(const Section& section, int sectionNumber, bool first, bool last, QWidget* parent = nullptr);

    QString sectionId() const { return m_id; }
    const std::vector<QuestionEditor*>& questions() const { return m_questions; }
    QuestionEditor* question(const QString& questionId) const;
    TextInput* notes() const { return m_notes; }
    QPushButton* nextButton() const { return m_next; }

    void setReadOnly(bool readOnly);
    void setNote(const QString& text);
    void flush();
    void showQuestion(QuestionEditor* editor);

signals:
    void answered(const QString& questionId, const QString& typed);
    void noteEdited(const QString& sectionId, const QString& text);
    void previousRequested();
    void nextRequested();

private:
    QString m_id;
    std::vector<QuestionEditor*> m_questions;
    TextInput* m_notes;
    QPushButton* m_previous;
    QPushButton* m_next;
};

} // namespace clusterdesk::ui
