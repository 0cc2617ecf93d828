#include "audit/answer_inputs.h"
#include "audit/audit_form_screen.h"
#include "audit/question_editor.h"
#include "audit/reopen_dialog.h"
#include "audit/section_list_model.h"
#include "audit/section_page.h"
#include "audit_ui_fixture.h"
#include "support/widget_driver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <memory>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
template <class T> T* inputOf(ui::AuditFormScreen& screen, const char* questionId) {
    ui::QuestionEditor* editor = screen.editor(QString::fromLatin1(questionId));
    REQUIRE(editor);
    auto* input = qobject_cast<T*>(editor->input());
    REQUIRE(input);
    return input;
}

void click(QAbstractButton* button) {
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

std::unique_ptr<ui::AuditFormScreen> openForm(AuditUiFixture& f, const std::string& auditId) {
    auto screen = std::make_unique<ui::AuditFormScreen>(*f.t.session, f.id(auditId));
    screen->resize(1200, 800);
    showActive(*screen);
    return screen;
}

AnswerMap stored(AuditUiFixture& f, const std::string& auditId) {
    return f.world.audits.load(auditId).answers;
}
} // namespace

TEST_CASE("answers of every type given through the widgets are saved at once and shown when the form is "
          "opened again",
          "[audit_ui][form]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    auto screen = openForm(f, audit);

    click(inputOf<ui::ScaleInput>(*screen, "s1")->stepButton(7));
    CHECK(stored(f, audit).at("s1") == "7");
    click(inputOf<ui::YesNoInput>(*screen, "y1")->yesButton());
    click(inputOf<ui::YesNoInput>(*screen, "y2")->noButton());
    CHECK(stored(f, audit).at("y2") == "no");

    screen->page(0)->nextButton()->click();
    CHECK(screen->currentSection() == 1);
    QLineEdit* number = inputOf<ui::NumberInput>(*screen, "n1")->lineEdit();
    typeInto(number, QStringLiteral("12,5"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(stored(f, audit).at("n1") == "12.5");

    screen->showSection(2);
    click(inputOf<ui::SingleChoiceInput>(*screen, "c1")->optionButton(QStringLiteral("yearly")));
    auto* multiple = inputOf<ui::MultipleChoiceInput>(*screen, "c2");
    click(multiple->optionBox(QStringLiteral("patents")));
    click(multiple->optionBox(QStringLiteral("fairs")));
    CHECK(stored(f, audit).at("c2") == "fairs;patents");

    screen->showSection(3);
    QPlainTextEdit* text = inputOf<ui::TextInput>(*screen, "t1")->textEdit();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Skilled weavers, own dyeing line"));
    QPlainTextEdit* notes = screen->page(3)->notes()->textEdit();
    notes->setFocus(); // leaving the answer's field saves it
    QTest::keyClicks(notes, QStringLiteral("Owner keen on export."));
    CHECK(stored(f, audit).at("t1") == "Skilled weavers, own dyeing line");

    // The section list follows: the scales section has all its required answers.
    QModelIndex scales = screen->sectionModel()->index(0);
    CHECK(scales.data(ui::SectionListModel::AnsweredRole).toInt() == 3);
    CHECK(scales.data(ui::SectionListModel::MissingRole).toInt() == 0);

    screen.reset(); // closing the screen keeps the note being typed
    AuditForm form = f.world.audits.load(audit);
    CHECK(form.notes.at("notes") == "Owner keen on export.");

    screen = openForm(f, audit);
    CHECK(inputOf<ui::ScaleInput>(*screen, "s1")->stepButton(7)->isChecked());
    CHECK(inputOf<ui::YesNoInput>(*screen, "y1")->yesButton()->isChecked());
    CHECK(inputOf<ui::YesNoInput>(*screen, "y2")->noButton()->isChecked());
    CHECK(inputOf<ui::NumberInput>(*screen, "n1")->lineEdit()->text() == QStringLiteral("12.5"));
    CHECK(inputOf<ui::SingleChoiceInput>(*screen, "c1")->optionButton(QStringLiteral("yearly"))->isChecked());
    CHECK(inputOf<ui::MultipleChoiceInput>(*screen, "c2")->optionBox(QStringLiteral("patents"))->isChecked());
    CHECK_FALSE(
        inputOf<ui::MultipleChoiceInput>(*screen, "c2")->optionBox(QStringLiteral("none"))->isChecked());
    CHECK(inputOf<ui::TextInput>(*screen, "t1")->textEdit()->toPlainText() ==
          QStringLiteral("Skilled weavers, own dyeing line"));
    CHECK(screen->page(3)->notes()->textEdit()->toPlainText() == QStringLiteral("Owner keen on export."));
}

TEST_CASE("a scale is answered by typing the step's number", "[audit_ui][form]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    auto screen = openForm(f, audit);
    auto* scale = inputOf<ui::ScaleInput>(*screen, "s1");
    screen->showQuestion(QStringLiteral("s1"));
    REQUIRE(scale->stepButton(0)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7);
    CHECK(stored(f, audit).at("s1") == "7");
    CHECK(scale->stepButton(7)->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    CHECK(stored(f, audit).at("s1") == "10");
}

TEST_CASE("typed text is saved after a short pause, without leaving the field", "[audit_ui][form]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    auto screen = openForm(f, audit);
    screen->showSection(3);
    QPlainTextEdit* text = inputOf<ui::TextInput>(*screen, "t2")->textEdit();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Old looms"));
    CHECK_FALSE(stored(f, audit).contains("t2"));
    QTRY_VERIFY_WITH_TIMEOUT(stored(f, audit).contains("t2"), 3000);
    CHECK(stored(f, audit).at("t2") == "Old looms");
    CHECK(text->hasFocus());
}

TEST_CASE("an answer the question does not accept is refused with the reason and nothing is saved",
          "[audit_ui][form]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    auto screen = openForm(f, audit);
    screen->showSection(1);
    QLineEdit* number = inputOf<ui::NumberInput>(*screen, "n1")->lineEdit();
    typeInto(number, QStringLiteral("70"));
    QTest::keyClick(number, Qt::Key_Return);
    ui::QuestionEditor* editor = screen->editor(QStringLiteral("n1"));
    CHECK(editor->errorLabel()->isVisible());
    CHECK(editor->errorLabel()->text().startsWith(QStringLiteral("Not saved:")));
    CHECK_FALSE(stored(f, audit).contains("n1"));

    typeInto(number, QStringLiteral("20"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK_FALSE(editor->errorLabel()->isVisible());
    CHECK(stored(f, audit).at("n1") == "20");

    // Clearing an answer removes it.
    click(editor->clearButton());
    CHECK_FALSE(stored(f, audit).contains("n1"));
    CHECK(number->text().isEmpty());
}

TEST_CASE("complete is refused while required answers are missing, which are highlighted and listed",
          "[audit_ui][form]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    auto screen = openForm(f, audit);
    click(inputOf<ui::ScaleInput>(*screen, "s1")->stepButton(4));

    click(screen->completeButton());
    CHECK(f.world.audits.get(audit).status == AuditStatus::Draft);
    CHECK(screen->banner()->isVisible());
    CHECK(screen->banner()->text().contains(QStringLiteral("3 required questions are not answered")));
    CHECK(screen->banner()->text().contains(QStringLiteral("Has a written business plan?"))); // as a tooltip
    CHECK(screen->banner()->text().contains(QStringLiteral(">1.3</a>")));
    CHECK(screen->editor(QStringLiteral("y1"))->mark() == ui::QuestionEditor::Mark::Flagged);
    CHECK(screen->editor(QStringLiteral("c1"))->mark() == ui::QuestionEditor::Mark::Flagged);
    CHECK(screen->editor(QStringLiteral("s1"))->mark() == ui::QuestionEditor::Mark::None);
    CHECK(screen->editor(QStringLiteral("s2"))->mark() == ui::QuestionEditor::Mark::None); // optional
    CHECK(screen->currentSection() == 0); // shows the first one missing

    // Answering a flagged question takes its highlight away.
    click(inputOf<ui::YesNoInput>(*screen, "y1")->noButton());
    CHECK(screen->editor(QStringLiteral("y1"))->mark() == ui::QuestionEditor::Mark::None);
    CHECK(screen->sectionModel()->index(2).data(ui::SectionListModel::MissingRole).toInt() == 1);
}

TEST_CASE("a completed form is read-only, and reopening it asks for a reason that the change log keeps",
          "[audit_ui][form]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    f.answerRequired(audit);
    auto screen = openForm(f, audit);
    CHECK(screen->reopenButton()->isHidden());

    click(screen->completeButton());
    REQUIRE(f.world.audits.get(audit).status == AuditStatus::Completed);
    CHECK(screen->isCompleted());
    CHECK(screen->completeButton()->isHidden());
    CHECK(screen->reopenButton()->isVisible());
    CHECK(screen->banner()->text().startsWith(QStringLiteral("Completed on")));
    CHECK_FALSE(inputOf<ui::ScaleInput>(*screen, "s1")->stepButton(3)->isEnabled());
    CHECK_FALSE(inputOf<ui::YesNoInput>(*screen, "y2")->yesButton()->isEnabled());
    CHECK(inputOf<ui::NumberInput>(*screen, "n1")->lineEdit()->isReadOnly());
    CHECK_FALSE(
        inputOf<ui::MultipleChoiceInput>(*screen, "c2")->optionBox(QStringLiteral("fairs"))->isEnabled());
    CHECK(inputOf<ui::TextInput>(*screen, "t1")->textEdit()->isReadOnly());
    CHECK(screen->page(3)->notes()->textEdit()->isReadOnly());
    CHECK(screen->editor(QStringLiteral("s1"))->clearButton()->isHidden());

    // Cancelled: still locked.
    onNextDialog<ui::ReopenDialog>([](ui::ReopenDialog* dialog) { dialog->reject(); });
    click(screen->reopenButton());
    CHECK(f.world.audits.get(audit).status == AuditStatus::Completed);

    onNextDialog<ui::ReopenDialog>([](ui::ReopenDialog* dialog) {
        CHECK(dialog->reason().isEmpty());
        typeInto(dialog->reasonEdit(), QStringLiteral("Turnover figures corrected"));
        dialog->accept();
    });
    click(screen->reopenButton());
    CHECK(f.world.audits.get(audit).status == AuditStatus::Draft);
    CHECK_FALSE(screen->isCompleted());
    CHECK(inputOf<ui::ScaleInput>(*screen, "s1")->stepButton(3)->isEnabled());
    CHECK(screen->banner()->text().contains(QStringLiteral("Turnover figures corrected")));
    CHECK(f.count("SELECT count(*) FROM change_log WHERE entity = 'audit' AND field = 'reopen_reason' AND "
                  "new_value = 'Turnover figures corrected'") == 1);

    // Answers can be changed again.
    click(inputOf<ui::ScaleInput>(*screen, "s1")->stepButton(9));
    CHECK(stored(f, audit).at("s1") == "9");
}

TEST_CASE("the reopen dialog cannot be confirmed without a reason", "[audit_ui][form]") {
    ui::ReopenDialog dialog;
    dialog.show();
    auto buttons = dialog.findChildren<QPushButton*>();
    auto ok = std::find_if(buttons.begin(), buttons.end(),
                           [](QPushButton* b) { return b->text() == QStringLiteral("Reopen"); });
    REQUIRE(ok != buttons.end());
    CHECK_FALSE((*ok)->isEnabled());
    typeInto(dialog.reasonEdit(), QStringLiteral("   "));
    CHECK_FALSE((*ok)->isEnabled());
    typeInto(dialog.reasonEdit(), QStringLiteral("New data"));
    CHECK((*ok)->isEnabled());
}
