#pragma once

#include "domain/audit_template.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace clusterdesk::ui {

class AnswerInput;

// One question of the form: its number and text, the help line, the editor for its type, a button to
// clear the answer and the reason an answer was refused. Required questions still unanswered are marked;
// after a refused "Complete" they are highlighted.
class QuestionEditor : public QFrame {
    Q_OBJECT
public:
    enum class Mark { None, Missing, Flagged };

    QuestionEditor(const Question& question, const QString& number, QWidget* parent = nullptr);

    QString questionId() const { return m_id; }
    QString number() const { return m_number; }
    bool isRequired() const { return m_required; }
    AnswerInput* input() const { return m_input; }
    QToolButton* clearButton() const { return m_clear; }
    QLabel* errorLabel() const { return m_error; }
    Mark mark() const { return m_mark; }

    void setStored(const QString& stored);
    void setReadOnly(bool readOnly);
    void setError(const QString& message); // "" hides it
    void setMark(Mark mark);

signals:
    void answered(const QString& questionId, const QString& typed);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateTag();

    QString m_id;
    QString m_number;
    bool m_required;
    bool m_answered = false;
    bool m_readOnly = false;
    Mark m_mark = Mark::None;
    AnswerInput* m_input;
    QLabel* m_tag;
    QToolButton* m_clear;
    QLabel* m_error;
};

} // namespace clusterdesk::ui
