#include "screens/people_screen.h"

#include "models/person_table_model.h"
#include "screens/person_editor.h"

namespace clusterdesk::ui {

PeopleScreen::PeopleScreen(Session& session, QWidget* parent)
    : RecordListScreen(session, QStringLiteral("people"), new PersonTableModel(session),
                       tr("Delete person “%1”"), tr("Restore person “%1”"), parent) {
    setEditor(new PersonEditor(session, this));
    restoreSettings();
}

} // namespace clusterdesk::ui
