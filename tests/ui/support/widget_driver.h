#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

class QDialog;

class QLineEdit;
class QWidget;

namespace clusterdesk::ui {
class RecordEditor;
}

namespace clusterdesk::test {

// Types text into a line edit as a user would: select all, then key by key.
void typeInto(QLineEdit* edit, const QString& text);
// The line edit of a form field of an editor pane.
QLineEdit* fieldOf(ui::RecordEditor* editor, const char* field);
// The next message box that opens is answered with button (the tests cannot click a modal box).
void answerNextMessageBox(QMessageBox::StandardButton button);
// The next modal dialog that opens is accepted after prepare (which may fill it in) ran on it.
void acceptNextDialog(std::function<void(QDialog*)> prepare = {});
// Shows the widget as the active window, so that its keyboard shortcuts work.
void showActive(QWidget& widget);
// Runs queued events and the search box's short delay.
void settle(int milliseconds = 0);

} // namespace clusterdesk::test
