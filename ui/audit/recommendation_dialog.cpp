#include "audit/recommendation_dialog.h"

#include "models/display_names.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace clusterdesk::ui {

RecommendationDialog::RecommendationDialog(const QString& text, const QString& pointsTo,
                                           const QString& visitLabel, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(text, this))
    , m_priority(new QComboBox(this)) {
    setWindowTitle(tr("Add Recommendation"));
    for (Priority p : {Priority::High, Priority::Medium, Priority::Low})
        m_priority->addItem(priorityName(toCode(p)), static_cast<int>(p));
    m_priority->setCurrentIndex(1);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(460, m_text->fontMetrics().lineSpacing() * 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Recommendation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    });

    auto* form = new QFormLayout(this);
    auto* where = new QLabel(visitLabel, this);
    where->setWordWrap(true);
    form->addRow(tr("Visit:"), where);
    form->addRow(tr("Recommendation:"), m_text);
    form->addRow(tr("Points to:"), new QLabel(pointsTo, this));
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(buttons);
}

QString RecommendationDialog::text() const {
    return m_text->toPlainText().trimmed();
}

Priority RecommendationDialog::priority() const {
    return static_cast<Priority>(m_priority->currentData().toInt());
}

} // namespace clusterdesk::ui
