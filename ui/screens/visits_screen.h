#pragma once

#include "screens/list_screen.h"

namespace clusterdesk::ui {

class VisitsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit VisitsScreen(Session& session, QWidget* parent = nullptr);

protected:
    std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) override;
    std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) override;
};

} // namespace clusterdesk::ui
