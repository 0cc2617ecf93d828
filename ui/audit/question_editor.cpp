#include "audit/question_editor.h"

#include "audit/answer_inputs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
const QColor kMissingEdge(0xe0, 0xa0, 0x40);
const QColor kFlaggedEdge(0xb3, 0x26, 0x1e);
const QColor kFlaggedBackground(0xfb, 0xea, 0xea);
constexpr int kEdge = 3;
} // namespace

QuestionEditor::QuestionEditor(const Question& question, const QString& number, QWidget* parent)
    : QFrame(parent)
    , m_id(QString::fromStdString(question.id))
    , m_number(number)
    , m_required(question.required)
    , m_input(makeAnswerInput(question).release())
    , m_tag(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("question"));
    m_input->setParent(this);

    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2")
                      .arg(number, QString::fromStdString(question.text).toHtmlEscaped()));
    text->setBuddy(m_input);
    m_tag->setObjectName(QStringLiteral("requiredTag"));
    m_clear->setObjectName(QStringLiteral("clearAnswer"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove this answer"));
    m_clear->setAutoRaise(true);
    m_clear->setCursor(Qt::PointingHandCursor);
    m_tag->setMinimumHeight(m_clear->sizeHint().height());

    auto* top = new QHBoxLayout;
    top->addWidget(text, 1);
    top->addWidget(m_tag, 0, Qt::AlignTop | Qt::AlignRight);
    top->addWidget(m_clear, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    if (!question.help.empty()) {
        auto* help = new QLabel(QString::fromStdString(question.help), this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    layout->addWidget(m_input);
    m_error->setObjectName(QStringLiteral("answerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_input, &AnswerInput::answered, this,
            [this](const QString& typed) { emit answered(m_id, typed); });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_input->setStored({});
        emit answered(m_id, {});
    });
    setStored({});
}

void QuestionEditor::setStored(const QString& stored) {
    m_answered = !stored.isEmpty();
    m_input->setStored(stored);
    if (m_answered)
        setMark(Mark::None);
    else if (m_required && m_mark == Mark::None)
        setMark(Mark::Missing);
    updateTag();
}

void QuestionEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_input->setReadOnly(readOnly);
    updateTag();
}

void QuestionEditor::setError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void QuestionEditor::setMark(Mark mark) {
    if (m_mark == mark)
        return;
    m_mark = mark;
    update();
    updateTag();
}

void QuestionEditor::paintEvent(QPaintEvent* event) {
    if (m_mark != Mark::None) {
        QPainter painter(this);
        if (m_mark == Mark::Flagged)
            painter.fillRect(rect(), kFlaggedBackground);
        painter.fillRect(QRect(0, 0, kEdge, height()), m_mark == Mark::Flagged ? kFlaggedEdge : kMissingEdge);
    }
    QFrame::paintEvent(event);
}

void QuestionEditor::updateTag() {
    m_clear->setVisible(m_answered && !m_readOnly);
    if (!m_required) {
        m_tag->hide();
        return;
    }
    m_tag->show();
    m_tag->setText(m_answered ? tr("required") : tr("required – not answered yet"));
    m_tag->setStyleSheet(m_answered ? QStringLiteral("color: palette(mid);")
                                    : QStringLiteral("color: #b3261e; font-weight: bold;"));
}

} // namespace clusterdesk::ui
