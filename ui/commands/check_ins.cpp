#include "commands/check_ins.h"

#include <QCoreApplication>

namespace clusterdesk::ui {

std::unique_ptr<RepositoryCommand> checkInsCommand(Session& session, const Visit& visit,
                                                   const QString& companyName) {
    auto command = std::make_unique<RepositoryCommand>(
        session,
        QCoreApplication::translate("CheckIns", "Plan check-ins after the visit to “%1”").arg(companyName));
    for (int months : kCheckInMonths) {
        FollowUp f;
        f.companyId = visit.companyId;
        f.clusterId = visit.clusterId;
        f.visitId = visit.id;
        f.title =
            QCoreApplication::translate("CheckIns", "Check-in %n months after the visit", nullptr, months)
                .toStdString();
        f.dueDate = visit.date.addMonths(months);
        if (!visit.staffIds.empty())
            f.ownerId = visit.staffIds.front();
        command->create(f);
    }
    command->alsoRefresh("visit", visit.id);
    return command;
}

} // namespace clusterdesk::ui
