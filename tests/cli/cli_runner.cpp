#include "cli/cli_runner.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace clusterdesk::test {

namespace {
std::string quote(const std::string& word) {
    std::string out = "'";
    for (char c : word)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
} // namespace

CliRun runCli(const std::vector<std::string>& args, const std::string& dataHome) {
    std::string outFile = dataHome + "/cli.out";
    std::string errFile = dataHome + "/cli.err";
    std::string command = "HOME=" + quote(dataHome) + " XDG_DATA_HOME=" + quote(dataHome + "/share") +
                          " USER=tester " + quote(CLUSTERDESK_CLI);
    for (const auto& a : args)
        command += " " + quote(a);
    command += " </dev/null >" + quote(outFile) + " 2>" + quote(errFile);
    int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(outFile);
    run.err = slurp(errFile);
    return run;
}

} // namespace clusterdesk::test
