#include "screens/outcomes_screen.h"

#include "commands/repository_command.h"
#include "models/outcome_table_model.h"
#include "screens/outcome_editor.h"

namespace clusterdesk::ui {

OutcomesScreen::OutcomesScreen(Session& session, QWidget* parent)
    : ListScreen(session, QStringLiteral("outcomes"), new OutcomeTableModel(session), parent) {
    setEditor(new OutcomeEditor(session, this));
    setDescriptionColumn(OutcomeListQuery::Title);
    restoreSettings();
}

std::unique_ptr<RepositoryCommand> OutcomesScreen::removal(const QString& id, bool restore) {
    // The row does not say which table it came from; the id is unique across them.
    std::string key = id.toStdString();
    Repository& repo = session().repository();
    QString what = describe(id);
    auto exists = [&](auto& store) { return store.table().find(key, true).has_value(); };
    if (exists(repo.agreements()))
        return deletionCommand<PartnershipAgreement>(session(),
                                                     restore ? tr("Restore agreement “%1”").arg(what)
                                                             : tr("Delete agreement “%1”").arg(what),
                                                     id, restore);
    if (exists(repo.fundingApplications()))
        return deletionCommand<FundingApplication>(session(),
                                                   restore ? tr("Restore funding application “%1”").arg(what)
                                                           : tr("Delete funding application “%1”").arg(what),
                                                   id, restore);
    return deletionCommand<Certification>(session(),
                                          restore ? tr("Restore certification “%1”").arg(what)
                                                  : tr("Delete certification “%1”").arg(what),
                                          id, restore);
}

std::unique_ptr<RepositoryCommand> OutcomesScreen::deleteCommand(const QString& id) {
    return removal(id, false);
}

std::unique_ptr<RepositoryCommand> OutcomesScreen::restoreCommand(const QString& id) {
    return removal(id, true);
}

} // namespace clusterdesk::ui
