#include "screens/clusters_screen.h"

#include "commands/repository_command.h"
#include "models/cluster_table_model.h"
#include "screens/cluster_editor.h"

namespace clusterdesk::ui {

ClustersScreen::ClustersScreen(Session& session, QWidget* parent)
    : ListScreen(session, QStringLiteral("clusters"), new ClusterTableModel(session), parent) {
    setEditor(new ClusterEditor(session, this));
    setClusterFilterVisible(false);
    restoreSettings();
}

std::unique_ptr<RepositoryCommand> ClustersScreen::deleteCommand(const QString& id) {
    return deletionCommand<Cluster>(session(), tr("Delete cluster “%1”").arg(describe(id)), id);
}

std::unique_ptr<RepositoryCommand> ClustersScreen::restoreCommand(const QString& id) {
    return deletionCommand<Cluster>(session(), tr("Restore cluster “%1”").arg(describe(id)), id, true);
}

} // namespace clusterdesk::ui
