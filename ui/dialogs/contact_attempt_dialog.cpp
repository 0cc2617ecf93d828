#include "dialogs/contact_attempt_dialog.h"

#include "widgets/field_values.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

ContactAttemptDialog::ContactAttemptDialog(const QString& followUpTitle, bool answered, QWidget* parent)
    : QDialog(parent)
    , m_date(new QLineEdit(toText(Date::today()), this))
    , m_channel(new QComboBox(this))
    , m_answered(new QRadioButton(tr("&Answered"), this))
    , m_noAnswer(new QRadioButton(tr("&No answer"), this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Contact Attempt"));
    m_channel->addItem(tr("Phone"), QStringLiteral("phone"));
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    m_channel->addItem(tr("Visit"), QStringLiteral("visit"));
    m_channel->addItem(tr("Other"), QStringLiteral("other"));
    (answered ? m_answered : m_noAnswer)->setChecked(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto* outcome = new QHBoxLayout;
    outcome->addWidget(m_answered);
    outcome->addWidget(m_noAnswer);
    outcome->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Follow-up"), new QLabel(followUpTitle.toHtmlEscaped(), this));
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("Outcome"), outcome);
    form->addRow(tr("N&ote"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactAttemptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ContactAttempt ContactAttemptDialog::attempt() const {
    ContactAttempt a;
    a.date = Date::parse(m_date->text().trimmed().toStdString()).value_or(Date{});
    a.channel = m_channel->currentData().toString().toStdString();
    a.answered = m_answered->isChecked();
    a.note = m_note->toPlainText().trimmed().toStdString();
    return a;
}

void ContactAttemptDialog::accept() {
    if (!Date::parse(m_date->text().trimmed().toStdString())) {
        m_problem->setText(tr("Write the date as YYYY-MM-DD."));
        m_problem->show();
        m_date->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace clusterdesk::ui
