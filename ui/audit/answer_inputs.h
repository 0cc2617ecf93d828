#pragma once

#include "domain/audit_template.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace clusterdesk::ui {

// The editor of one question's answer, one kind per question type. It shows stored answers (in the
// form audit_answer.h describes) and says when the user gave one: at once for a click, after a short pause
// or on leaving the field for typed text, so that every answer is saved as it is given.
class AnswerInput : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shows a stored answer ("" for none) without announcing it.
    virtual void setStored(const QString& stored) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // Announces what is being typed now instead of after the pause: before completing, printing, closing.
    virtual void flush() {}

signals:
    void answered(const QString& typed);
};

std::unique_ptr<AnswerInput> makeAnswerInput(const Question& question);

// Whole steps min..max as a row of buttons with the chosen step's label beside them; a spin box for long
// scales.
class ScaleInput : public AnswerInput {
    Q_OBJECT
public:
    explicit ScaleInput(const Question& question, QWidget* parent = nullptr);
    void setStored(const QString& stored) override;
    void setReadOnly(bool readOnly) override;
    QAbstractButton* stepButton(int value) const; // nullptr when shown as a spin box
    QSpinBox* spinBox() const { return m_spin; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showLabel(int value);

    Question m_question;
    QButtonGroup* m_group = nullptr;
    QSpinBox* m_spin = nullptr;
    QLabel* m_chosen;
    QElapsedTimer m_typing;
    int m_typedDigit = -1;
};

class YesNoInput : public AnswerInput {
    Q_OBJECT
public:
    explicit YesNoInput(QWidget* parent = nullptr);
    void setStored(const QString& stored) override;
    void setReadOnly(bool readOnly) override;
    QAbstractButton* yesButton() const { return m_yes; }
    QAbstractButton* noButton() const { return m_no; }

private:
    QButtonGroup* m_group;
    QAbstractButton* m_yes;
    QAbstractButton* m_no;
};

// Typed text, announced after a pause in typing and when the field is left.
class TypedInput : public AnswerInput {
    Q_OBJECT
public:
    using AnswerInput::AnswerInput;
    void flush() override;

protected:
    // Subclasses call this when the text changed; announce() after the pause.
    void typed();
    void setupTimer(int milliseconds);
    virtual QString currentText() const = 0;
    void remember(const QString& text) { m_announced = text; }

private:
    QTimer* m_pause = nullptr;
    QString m_announced;
};

// A number with its unit and range; a decimal comma is accepted.
class NumberInput : public TypedInput {
    Q_OBJECT
public:
    explicit NumberInput(const Question& question, QWidget* parent = nullptr);
    void setStored(const QString& stored) override;
    void setReadOnly(bool readOnly) override;
    QLineEdit* lineEdit() const { return m_edit; }

protected:
    QString currentText() const override;

private:
    QLineEdit* m_edit;
};

class TextInput : public TypedInput {
    Q_OBJECT
public:
    explicit TextInput(QWidget* parent = nullptr);
    void setStored(const QString& stored) override;
    void setReadOnly(bool readOnly) override;
    QPlainTextEdit* textEdit() const { return m_edit; }

protected:
    QString currentText() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_edit;
};

class SingleChoiceInput : public AnswerInput {
    Q_OBJECT
public:
    explicit SingleChoiceInput(const Question& question, QWidget* parent = nullptr);
    void setStored(const QString& stored) override;
    void setReadOnly(bool readOnly) override;
    QAbstractButton* optionButton(const QString& optionId) const;

private:
    Question m_question;
    QButtonGroup* m_group;
};

class MultipleChoiceInput : public AnswerInput {
    Q_OBJECT
public:
    explicit MultipleChoiceInput(const Question& question, QWidget* parent = nullptr);
    void setStored(const QString& stored) override;
    void setReadOnly(bool readOnly) override;
    QCheckBox* optionBox(const QString& optionId) const;

private:
    QString chosen() const;

    Question m_question;
    std::vector<QCheckBox*> m_boxes;
};

} // namespace clusterdesk::ui
