#pragma once

#include "io/company_csv.h"
#include "storage/repository.h"

#include <string>
#include <vector>

namespace clusterdesk {

struct ImportResult {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int joined = 0;                      // memberships added in the cluster
    std::vector<ImportProblem> problems; // the parser's and storage's, in line order
    bool written = false;
};

// Stores parsed companies as one user action. A company whose fiscal code is stored (and not deleted) is
// updated with the cells the file fills in (empty cells erase nothing); any other row is created. Region
// names and codes are resolved against the region catalogue. With clusterId, every imported company
// becomes a member of that cluster unless it is one already.
// Nothing is written when the parser or storage found any problem (all of them are reported, with their
// lines) or when dryRun; the counts then say what would have happened. Throws NotFoundError for an
// unknown cluster and StorageError when the database fails.
ImportResult importCompanies(Repository& repo, const ParsedCompanies& parsed, const std::string& clusterId,
                             bool dryRun);

} // namespace clusterdesk
