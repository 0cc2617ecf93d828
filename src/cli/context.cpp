#include "cli/command.h"
#include "storage/database.h"

namespace clusterdesk::cli {

std::unique_ptr<Database> Context::openDatabase() const {
    auto db = std::make_unique<Database>(databasePath);
    db->setActor(user);
    return db;
}

} // namespace clusterdesk::cli
