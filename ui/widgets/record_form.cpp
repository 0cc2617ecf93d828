#include "widgets/record_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
QLabel* problemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}
} // namespace

RecordForm::RecordForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_otherProblems(problemLabel(this)) {
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_layout);
    outer->addWidget(m_otherProblems);
    outer->addStretch(1);
}

void RecordForm::addRow(const QString& field, const QString& label, QWidget* widget) {
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    QLabel* problem = problemLabel(cell);
    layout->addWidget(problem);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(widget);
    m_layout->addRow(caption, cell);
    m_problemLabels[field] = problem;
    m_fields[field] = widget;
    m_cells[field] = cell;
    if (!m_first)
        m_first = widget;
}

QLineEdit* RecordForm::addLine(const QString& field, const QString& label, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, &RecordForm::edited);
    connect(edit, &QLineEdit::returnPressed, this, &RecordForm::submitted);
    addRow(field, label, edit);
    return edit;
}

QLineEdit* RecordForm::addDate(const QString& field, const QString& label) {
    QLineEdit* edit = addLine(field, label, tr("YYYY-MM-DD"));
    edit->setMaxLength(10);
    return edit;
}

QLineEdit* RecordForm::addNumber(const QString& field, const QString& label, const QString& placeholder) {
    QLineEdit* edit = addLine(field, label, placeholder);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QComboBox* RecordForm::addCombo(const QString& field, const QString& label) {
    auto* combo = new QComboBox(this);
    // Long catalogue names must not widen the pane; the popup still shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    connect(combo, &QComboBox::activated, this, &RecordForm::edited);
    addRow(field, label, combo);
    return combo;
}

QPlainTextEdit* RecordForm::addText(const QString& field, const QString& label) {
    auto* edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    edit->setMaximumHeight(120);
    connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::edited);
    addRow(field, label, edit);
    return edit;
}

void RecordForm::addSection(const QString& title) {
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    label->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(label);
}

void RecordForm::setProblems(const std::vector<FieldError>& problems) {
    std::map<QString, QStringList> byField;
    QStringList others;
    for (const auto& p : problems) {
        QString field = QString::fromStdString(p.field);
        QString message = QString::fromStdString(p.message);
        if (m_problemLabels.contains(field))
            byField[field].append(message);
        else
            others.append(message);
    }
    for (auto& [field, label] : m_problemLabels) {
        QString text = byField.contains(field) ? byField[field].join(QLatin1Char('\n')) : QString();
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    m_otherProblems->setText(others.join(QLatin1Char('\n')));
    m_otherProblems->setVisible(!others.isEmpty());
}

void RecordForm::setFieldVisible(const QString& field, bool visible) {
    if (auto it = m_cells.find(field); it != m_cells.end())
        m_layout->setRowVisible(it->second, visible);
}

QString RecordForm::problemOf(const QString& field) const {
    auto it = m_problemLabels.find(field);
    return it == m_problemLabels.end() ? QString() : it->second->text();
}

QWidget* RecordForm::fieldWidget(const QString& field) const {
    auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : it->second;
}

} // namespace clusterdesk::ui
