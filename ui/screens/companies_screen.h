#pragma once

#include "screens/list_screen.h"

namespace clusterdesk::ui {

class CompaniesScreen : public ListScreen {
    Q_OBJECT
public:
    explicit CompaniesScreen(Session& session, QWidget* parent = nullptr);

signals:
    // The user asked for the company's whole story (double-click, Enter or the button).
    void companyPageRequested(const QString& id);

protected:
    std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) override;
    std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) override;
    void openRecord(const QString& id) override;
};

} // namespace clusterdesk::ui
