#include "cli/cluster_lookup.h"

#include "storage/repository.h"

namespace clusterdesk::cli {

std::string clusterIdByName(Repository& repo, const std::string& name) {
    if (auto cluster = repo.clusterByName(name))
        return cluster->id;
    std::string known;
    for (const auto& c : repo.clusters().all("name"))
        known += "\n  " + c.name;
    throw NotFoundError(
        "there is no cluster named '" + name + "'" +
        (known.empty() ? std::string("; the database has no clusters yet") : "; the clusters are:" + known));
}

} // namespace clusterdesk::cli
