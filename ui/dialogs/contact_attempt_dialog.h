#pragma once

#include "domain/follow_up.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace clusterdesk::ui {

// Records one try to reach a company about a follow-up: when, how, whether anyone answered.
class ContactAttemptDialog : public QDialog {
    Q_OBJECT
public:
    ContactAttemptDialog(const QString& followUpTitle, bool answered, QWidget* parent = nullptr);

    // The attempt as entered (followUpId left empty); valid only after accept().
    ContactAttempt attempt() const;
    QLineEdit* dateEdit() const { return m_date; }
    QRadioButton* answeredButton() const { return m_answered; }
    QRadioButton* noAnswerButton() const { return m_noAnswer; }

    void accept() override;

private:
    QLineEdit* m_date;
    QComboBox* m_channel;
    QRadioButton* m_answered;
    QRadioButton* m_noAnswer;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
};

} // namespace clusterdesk::ui
