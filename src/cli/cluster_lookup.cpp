#include "cli/cluster_lookup.h"

#include "domain/text.h"
#include "storage/repository.h"

namespace clusterdesk::cli {

std::string clusterIdByName(Repository& repo, const std::string& name) {
    if (auto cluster = repo.clusterByName(name))
        return cluster->id;
    // People type "Tesatoria" for "Țesătoria": accept a single match without diacritics.
    std::vector<std::string> folded;
    for (const auto& c : repo.clusters().all())
        if (foldDiacritics(trim(c.name)) == foldDiacritics(trim(name)))
            folded.push_back(c.id);
    if (folded.size() == 1)
        return folded.front();
    std::string known;
    for (const auto& c : repo.clusters().all("name"))
        known += "\n  " + c.name;
    throw NotFoundError(
        "there is no cluster named '" + name + "'" +
        (known.empty() ? std::string("; the database has no clusters yet") : "; the clusters are:" + known));
}

} // namespace clusterdesk::cli
