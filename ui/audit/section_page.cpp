#include "audit/section_page.h"

#include "audit/answer_inputs.h"
#include "audit/question_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
// The answer buttons (scale steps, yes/no) show clearly which one is chosen, also once the form is locked.
const char* kButtonStyle = R"css(
QFrame#question QToolButton { border: 1px solid #b8b8b8; border-radius: 3px; padding: 3px 8px;
                              background: palette(button); }
QFrame#question QToolButton:hover { border-color: #1e6fb3; }
QFrame#question QToolButton:checked { background: #1e6fb3; color: white; border-color: #1e6fb3; }
QFrame#question QToolButton:disabled { color: palette(mid); }
QFrame#question QToolButton:checked:disabled { background: #8fb3d6; color: white; border-color: #8fb3d6; }
QFrame#question QToolButton#clearAnswer { border: none; background: transparent; color: #1e6fb3;
                                          padding: 3px 4px; }
QFrame#question QToolButton#clearAnswer:hover { text-decoration: underline; }
)css";
} // namespace

SectionPage::SectionPage(const Section& section, int sectionNumber, bool first, bool last, QWidget* parent)
    : QScrollArea(parent)
    , m_id(QString::fromStdString(section.id))
    , m_notes(new TextInput)
    , m_previous(new QPushButton(tr("‹ Previous section")))
    , m_next(new QPushButton(tr("Next section ›"))) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    content->setStyleSheet(QString::fromLatin1(kButtonStyle));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 16, 12);
    layout->setSpacing(6);

    auto* heading = new QLabel(
        QStringLiteral("%1. %2").arg(sectionNumber).arg(QString::fromStdString(section.title)), content);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (!section.description.empty()) {
        auto* description = new QLabel(QString::fromStdString(section.description), content);
        description->setWordWrap(true);
        layout->addWidget(description);
    }

    int number = 1;
    for (const auto& question : section.questions) {
        auto* editor =
            new QuestionEditor(question, QStringLiteral("%1.%2").arg(sectionNumber).arg(number++), content);
        m_questions.push_back(editor);
        layout->addWidget(editor);
        connect(editor, &QuestionEditor::answered, this, &SectionPage::answered);
    }

    auto* notesLabel =
        new QLabel(tr("<b>Notes on this section</b> (for the consultant's report; not scored)"), content);
    notesLabel->setBuddy(m_notes->textEdit());
    layout->addSpacing(8);
    layout->addWidget(notesLabel);
    m_notes->setParent(content);
    m_notes->textEdit()->setPlaceholderText(tr("What you saw, what the company said, what to check next…"));
    layout->addWidget(m_notes);
    connect(m_notes, &AnswerInput::answered, this,
            [this](const QString& text) { emit noteEdited(m_id, text); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    m_previous->setParent(content);
    m_next->setParent(content);
    m_previous->setVisible(!first);
    m_next->setVisible(!last);
    connect(m_previous, &QPushButton::clicked, this, &SectionPage::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &SectionPage::nextRequested);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setWidget(content);
}

QuestionEditor* SectionPage::question(const QString& questionId) const {
    for (auto* editor : m_questions)
        if (editor->questionId() == questionId)
            return editor;
    return nullptr;
}

void SectionPage::setReadOnly(bool readOnly) {
    for (auto* editor : m_questions)
        editor->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
}

void SectionPage::setNote(const QString& text) {
    m_notes->setStored(text);
}

void SectionPage::flush() {
    for (auto* editor : m_questions)
        editor->input()->flush();
    m_notes->flush();
}

void SectionPage::showQuestion(QuestionEditor* editor) {
    ensureWidgetVisible(editor, 0, 40);
}

} // namespace clusterdesk::ui
