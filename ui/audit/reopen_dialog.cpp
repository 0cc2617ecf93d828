#include "audit/reopen_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

ReopenDialog::ReopenDialog(QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this)) {
    setWindowTitle(tr("Reopen Audit"));
    auto* text =
        new QLabel(tr("The audit was completed and is locked. Say why it is reopened: the change log "
                      "keeps the reason with every answer changed afterwards."),
                   this);
    text->setWordWrap(true);
    m_reason->setPlaceholderText(tr("e.g. Corrected turnover figures from the 2016 balance sheet"));
    m_reason->setMinimumWidth(420);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reopen"));
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
}

QString ReopenDialog::reason() const {
    return m_reason->text().trimmed();
}

} // namespace clusterdesk::ui
