#include "audit/answer_inputs.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
// More steps than this do not fit in a row of buttons.
constexpr int kMaxStepButtons = 11;
// Typing pauses longer than this save the answer.
constexpr int kTextPauseMs = 800;
constexpr int kNumberPauseMs = 1200;

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

void uncheckAll(QButtonGroup* group) {
    group->setExclusive(false);
    for (auto* button : group->buttons())
        button->setChecked(false);
    group->setExclusive(true);
}

QLabel* hintLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

std::unique_ptr<AnswerInput> makeAnswerInput(const Question& question) {
    switch (question.type) {
    case QuestionType::Scale:
        return std::make_unique<ScaleInput>(question);
    case QuestionType::YesNo:
        return std::make_unique<YesNoInput>();
    case QuestionType::Number:
        return std::make_unique<NumberInput>(question);
    case QuestionType::SingleChoice:
        return std::make_unique<SingleChoiceInput>(question);
    case QuestionType::MultipleChoice:
        return std::make_unique<MultipleChoiceInput>(question);
    case QuestionType::Text:
        break;
    }
    return std::make_unique<TextInput>();
}

// --- scale -------------------------------------------------------------------------------------------

ScaleInput::ScaleInput(const Question& question, QWidget* parent)
    : AnswerInput(parent)
    , m_question(question)
    , m_chosen(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(3);
    layout->addLayout(row);
    const int steps = question.scaleMax - question.scaleMin + 1;
    if (steps <= kMaxStepButtons) {
        m_group = new QButtonGroup(this);
        for (int value = question.scaleMin; value <= question.scaleMax; ++value) {
            auto* button = new QToolButton(this);
            button->setText(QString::number(value));
            button->setCheckable(true);
            button->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100")) + 14);
            button->setToolTip(qs(question.stepLabel(value)));
            button->setFocusPolicy(Qt::StrongFocus);
            m_group->addButton(button, value);
            row->addWidget(button);
        }
        connect(m_group, &QButtonGroup::idClicked, this, [this](int value) {
            showLabel(value);
            emit answered(QString::number(value));
        });
        for (auto* button : m_group->buttons())
            button->installEventFilter(this);
        setFocusProxy(m_group->buttons().front());
    } else {
        m_spin = new QSpinBox(this);
        // One below the minimum stands for "not answered".
        m_spin->setRange(question.scaleMin - 1, question.scaleMax);
        m_spin->setSpecialValueText(tr("–"));
        m_spin->setKeyboardTracking(false);
        row->addWidget(m_spin);
        setFocusProxy(m_spin);
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
            if (value < m_question.scaleMin)
                return;
            showLabel(value);
            emit answered(QString::number(value));
        });
    }
    m_chosen->setContentsMargins(10, 0, 0, 0);
    row->addWidget(m_chosen);
    row->addStretch(1);
    // The meaning of both ends, so the direction of the scale is never in doubt.
    layout->addWidget(hintLabel(tr("%1 = %2 … %3 = %4")
                                    .arg(question.scaleMin)
                                    .arg(qs(question.stepLabel(question.scaleMin)))
                                    .arg(question.scaleMax)
                                    .arg(qs(question.stepLabel(question.scaleMax))),
                                this));
    showLabel(question.scaleMin - 1);
}

// Typing the step's number chooses it, as fast as ticking a box on paper: "7", or "1" then "0" for 10.
bool ScaleInput::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !m_group)
        return AnswerInput::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() < Qt::Key_0 || key->key() > Qt::Key_9 || key->modifiers() & ~Qt::KeypadModifier)
        return AnswerInput::eventFilter(watched, event);
    const int digit = key->key() - Qt::Key_0;
    int value = digit;
    if (m_typing.isValid() && m_typing.elapsed() < QApplication::keyboardInputInterval() &&
        m_typedDigit * 10 + digit <= m_question.scaleMax)
        value = m_typedDigit * 10 + digit;
    m_typedDigit = value;
    m_typing.start();
    if (QAbstractButton* button = m_group->button(value); button && button->isEnabled()) {
        button->setFocus();
        button->click();
    }
    return true;
}

void ScaleInput::showLabel(int value) {
    if (value < m_question.scaleMin || value > m_question.scaleMax) {
        m_chosen->setText(tr("not answered"));
        m_chosen->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_chosen->setForegroundRole(QPalette::WindowText);
    m_chosen->setText(QStringLiteral("%1 – %2").arg(value).arg(qs(m_question.stepLabel(value))));
}

void ScaleInput::setStored(const QString& stored) {
    bool ok = false;
    int value = stored.toInt(&ok);
    if (!ok)
        value = m_question.scaleMin - 1;
    if (m_group) {
        if (auto* button = m_group->button(value))
            button->setChecked(true);
        else
            uncheckAll(m_group);
    } else {
        QSignalBlocker block(m_spin);
        m_spin->setValue(value);
    }
    showLabel(value);
}

void ScaleInput::setReadOnly(bool readOnly) {
    if (m_group)
        for (auto* button : m_group->buttons())
            button->setEnabled(!readOnly);
    else
        m_spin->setReadOnly(readOnly);
}

QAbstractButton* ScaleInput::stepButton(int value) const {
    return m_group ? m_group->button(value) : nullptr;
}

// --- yes/no ------------------------------------------------------------------------------------------

YesNoInput::YesNoInput(QWidget* parent)
    : AnswerInput(parent)
    , m_group(new QButtonGroup(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto makeButton = [this, layout](const QString& text) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setMinimumWidth(64);
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
        return button;
    };
    m_yes = makeButton(tr("Yes"));
    m_no = makeButton(tr("No"));
    setFocusProxy(m_yes);
    layout->addStretch(1);
    m_group->addButton(m_yes);
    m_group->addButton(m_no);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        emit answered(button == m_yes ? QStringLiteral("yes") : QStringLiteral("no"));
    });
}

void YesNoInput::setStored(const QString& stored) {
    if (stored == QLatin1String("yes"))
        m_yes->setChecked(true);
    else if (stored == QLatin1String("no"))
        m_no->setChecked(true);
    else
        uncheckAll(m_group);
}

void YesNoInput::setReadOnly(bool readOnly) {
    m_yes->setEnabled(!readOnly);
    m_no->setEnabled(!readOnly);
}

// --- typed input -------------------------------------------------------------------------------------

void TypedInput::setupTimer(int milliseconds) {
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(milliseconds);
    connect(m_pause, &QTimer::timeout, this, &TypedInput::flush);
}

void TypedInput::typed() {
    m_pause->start();
}

void TypedInput::flush() {
    m_pause->stop();
    QString text = currentText();
    if (text == m_announced)
        return;
    m_announced = text;
    emit answered(text);
}

NumberInput::NumberInput(const Question& question, QWidget* parent)
    : TypedInput(parent)
    , m_edit(new QLineEdit(this)) {
    setupTimer(kNumberPauseMs);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setMaximumWidth(140);
    setFocusProxy(m_edit);
    m_edit->setAlignment(Qt::AlignRight);
    layout->addWidget(m_edit);
    layout->addWidget(new QLabel(qs(question.unit), this));
    QLocale locale;
    auto number = [&locale](double value) { return locale.toString(value, 'g', 12); };
    QString range;
    if (question.rangeMin && question.rangeMax)
        range = tr("from %1 to %2").arg(number(*question.rangeMin), number(*question.rangeMax));
    else if (question.rangeMin)
        range = tr("at least %1").arg(number(*question.rangeMin));
    else if (question.rangeMax)
        range = tr("at most %1").arg(number(*question.rangeMax));
    if (!range.isEmpty()) {
        layout->addSpacing(8);
        layout->addWidget(hintLabel(QStringLiteral("(%1)").arg(range), this));
    }
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { typed(); });
    connect(m_edit, &QLineEdit::editingFinished, this, &TypedInput::flush);
}

void NumberInput::setStored(const QString& stored) {
    // The number stays as it was typed while it means the same (a decimal comma is kept).
    QString shown = currentText();
    shown.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    double typedValue = shown.toDouble(&ok);
    bool same = stored.isEmpty() ? shown.isEmpty() : ok && typedValue == stored.toDouble();
    if (!same)
        m_edit->setText(stored);
    remember(currentText());
}

void NumberInput::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

QString NumberInput::currentText() const {
    return m_edit->text().trimmed();
}

TextInput::TextInput(QWidget* parent)
    : TypedInput(parent)
    , m_edit(new QPlainTextEdit(this)) {
    setupTimer(kTextPauseMs);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setTabChangesFocus(true);
    setFocusProxy(m_edit);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_edit->isReadOnly())
            typed();
    });
}

void TextInput::setStored(const QString& stored) {
    // Never replace what the user is typing with the (trimmed) stored copy of it.
    if (m_edit->toPlainText().trimmed() != stored.trimmed()) {
        QSignalBlocker block(m_edit);
        m_edit->setPlainText(stored);
    }
    remember(currentText());
}

void TextInput::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

QString TextInput::currentText() const {
    return m_edit->toPlainText();
}

bool TextInput::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        flush();
    return AnswerInput::eventFilter(watched, event);
}

// --- choices -----------------------------------------------------------------------------------------

SingleChoiceInput::SingleChoiceInput(const Question& question, QWidget* parent)
    : AnswerInput(parent)
    , m_question(question)
    , m_group(new QButtonGroup(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    int index = 0;
    for (const auto& option : question.options) {
        auto* button = new QRadioButton(qs(option.label), this);
        m_group->addButton(button, index++);
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int index) { emit answered(qs(m_question.options[static_cast<std::size_t>(index)].id)); });
    if (!m_group->buttons().isEmpty())
        setFocusProxy(m_group->buttons().front());
}

void SingleChoiceInput::setStored(const QString& stored) {
    if (auto* button = optionButton(stored))
        button->setChecked(true);
    else
        uncheckAll(m_group);
}

void SingleChoiceInput::setReadOnly(bool readOnly) {
    for (auto* button : m_group->buttons())
        button->setEnabled(!readOnly);
}

QAbstractButton* SingleChoiceInput::optionButton(const QString& optionId) const {
    for (std::size_t i = 0; i < m_question.options.size(); ++i)
        if (qs(m_question.options[i].id) == optionId)
            return m_group->button(static_cast<int>(i));
    return nullptr;
}

MultipleChoiceInput::MultipleChoiceInput(const Question& question, QWidget* parent)
    : AnswerInput(parent)
    , m_question(question) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const auto& option : question.options) {
        auto* box = new QCheckBox(qs(option.label), this);
        m_boxes.push_back(box);
        layout->addWidget(box, 0, Qt::AlignLeft);
        connect(box, &QCheckBox::clicked, this, [this] { emit answered(chosen()); });
    }
    if (!m_boxes.empty())
        setFocusProxy(m_boxes.front());
}

QString MultipleChoiceInput::chosen() const {
    QStringList ids;
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i]->isChecked())
            ids << qs(m_question.options[i].id);
    return ids.join(QLatin1Char(';'));
}

void MultipleChoiceInput::setStored(const QString& stored) {
    const QStringList ids = stored.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setChecked(ids.contains(qs(m_question.options[i].id)));
}

void MultipleChoiceInput::setReadOnly(bool readOnly) {
    for (auto* box : m_boxes)
        box->setEnabled(!readOnly);
}

QCheckBox* MultipleChoiceInput::optionBox(const QString& optionId) const {
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        if (qs(m_question.options[i].id) == optionId)
            return m_boxes[i];
    return nullptr;
}

} // namespace clusterdesk::ui
