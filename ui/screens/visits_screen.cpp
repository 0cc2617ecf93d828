#include "screens/visits_screen.h"

#include "commands/repository_command.h"
#include "models/visit_table_model.h"
#include "screens/visit_editor.h"

namespace clusterdesk::ui {

VisitsScreen::VisitsScreen(Session& session, QWidget* parent)
    : ListScreen(session, QStringLiteral("visits"), new VisitTableModel(session), parent) {
    setEditor(new VisitEditor(session, this));
    setDescriptionColumn(VisitListQuery::Company);
    restoreSettings();
}

std::unique_ptr<RepositoryCommand> VisitsScreen::deleteCommand(const QString& id) {
    return deletionCommand<Visit>(session(), tr("Delete the visit to “%1”").arg(describe(id)), id);
}

std::unique_ptr<RepositoryCommand> VisitsScreen::restoreCommand(const QString& id) {
    return deletionCommand<Visit>(session(), tr("Restore the visit to “%1”").arg(describe(id)), id, true);
}

} // namespace clusterdesk::ui
