#pragma once

#include "commands/repository_command.h"
#include "domain/visit.h"

namespace clusterdesk::ui {

// The follow-ups that check on a company 3, 6 and 12 months after a visit (kCheckInMonths), owned by the
// first staff member who went, as one command.
std::unique_ptr<RepositoryCommand> checkInsCommand(Session& session, const Visit& visit,
                                                   const QString& companyName);

} // namespace clusterdesk::ui
