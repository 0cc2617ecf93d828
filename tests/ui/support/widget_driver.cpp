#include "support/widget_driver.h"

#include "widgets/record_editor.h"
#include "widgets/record_form.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace clusterdesk::test {

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QLineEdit* fieldOf(ui::RecordEditor* editor, const char* field) {
    return qobject_cast<QLineEdit*>(editor->form()->fieldWidget(QString::fromLatin1(field)));
}

void answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
        else if (box)
            box->reject();
    });
}

void acceptNextDialog(std::function<void(QDialog*)> prepare) {
    QTimer::singleShot(0, [prepare] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (prepare)
            prepare(dialog);
        dialog->accept();
    });
}

void showActive(QWidget& widget) {
    widget.show();
    widget.activateWindow();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

void settle(int milliseconds) {
    QApplication::processEvents();
    if (milliseconds > 0)
        QTest::qWait(milliseconds);
    QApplication::processEvents();
}

} // namespace clusterdesk::test
