#pragma once

#include <string>

namespace clusterdesk {
class Repository;
}

namespace clusterdesk::cli {

// The id of the cluster named name (ignoring case, and diacritics when that leaves one match); a
// NotFoundError listing the known clusters when there is none.
std::string clusterIdByName(Repository& repo, const std::string& name);

} // namespace clusterdesk::cli
