#pragma once

#include "screens/list_screen.h"

namespace clusterdesk::ui {

// Partnership agreements, funding applications and certifications in one list.
class OutcomesScreen : public ListScreen {
    Q_OBJECT
public:
    explicit OutcomesScreen(Session& session, QWidget* parent = nullptr);

protected:
    std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) override;
    std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) override;

private:
    std::unique_ptr<RepositoryCommand> removal(const QString& id, bool restore);
};

} // namespace clusterdesk::ui
