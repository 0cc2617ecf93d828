#pragma once

#include <string>
#include <vector>

namespace clusterdesk::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the built clusterdesk-cli as a user would, with HOME and XDG_DATA_HOME pointing into dataHome so
// the default database never touches the real one.
CliRun runCli(const std::vector<std::string>& args, const std::string& dataHome);

} // namespace clusterdesk::test
