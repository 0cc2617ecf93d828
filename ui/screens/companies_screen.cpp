#include "screens/companies_screen.h"

#include "commands/repository_command.h"
#include "models/company_table_model.h"
#include "screens/company_editor.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace clusterdesk::ui {

CompaniesScreen::CompaniesScreen(Session& session, QWidget* parent)
    : ListScreen(session, QStringLiteral("companies"), new CompanyTableModel(session), parent) {
    setEditor(new CompanyEditor(session, this));
    auto* page = new QPushButton(tr("Company &page"), this);
    page->setToolTip(
        tr("Clusters, funnel stage, timeline and change history of the selected company (Enter)"));
    toolRow()->insertWidget(toolRow()->count() - 3, page);
    connect(page, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit companyPageRequested(currentId());
    });
    restoreSettings();
}

std::unique_ptr<RepositoryCommand> CompaniesScreen::deleteCommand(const QString& id) {
    return deletionCommand<Company>(session(), tr("Delete company “%1”").arg(describe(id)), id);
}

std::unique_ptr<RepositoryCommand> CompaniesScreen::restoreCommand(const QString& id) {
    return deletionCommand<Company>(session(), tr("Restore company “%1”").arg(describe(id)), id, true);
}

void CompaniesScreen::openRecord(const QString& id) {
    emit companyPageRequested(id);
}

} // namespace clusterdesk::ui
