#include "screens/seminars_screen.h"

#include "commands/repository_command.h"
#include "dialogs/attendance_dialog.h"
#include "models/attendance_sheet_model.h"
#include "models/seminar_table_model.h"
#include "screens/seminar_editor.h"

namespace clusterdesk::ui {

SeminarsScreen::SeminarsScreen(Session& session, QWidget* parent)
    : ListScreen(session, QStringLiteral("seminars"), new SeminarTableModel(session), parent) {
    auto* editor = new SeminarEditor(session, this);
    setEditor(editor);
    setDescriptionColumn(SeminarListQuery::Title);
    connect(editor, &SeminarEditor::attendanceRequested, this, &SeminarsScreen::openAttendance);
    restoreSettings();
}

AttendanceDialog* SeminarsScreen::openAttendance(const QString& seminarId) {
    for (auto* open : findChildren<AttendanceDialog*>())
        if (open->model()->seminarId() == seminarId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    auto* dialog = new AttendanceDialog(session(), seminarId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

std::unique_ptr<RepositoryCommand> SeminarsScreen::deleteCommand(const QString& id) {
    return deletionCommand<Seminar>(session(), tr("Delete seminar “%1”").arg(describe(id)), id);
}

std::unique_ptr<RepositoryCommand> SeminarsScreen::restoreCommand(const QString& id) {
    return deletionCommand<Seminar>(session(), tr("Restore seminar “%1”").arg(describe(id)), id, true);
}

void SeminarsScreen::openRecord(const QString& id) {
    openAttendance(id);
}

} // namespace clusterdesk::ui
