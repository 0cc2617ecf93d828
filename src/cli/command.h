#pragma once

#include "cli/arguments.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace clusterdesk {
class Database;
}

namespace clusterdesk::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitInvalidInput = 2;
inline constexpr int kExitStorage = 3;

// What every command gets: its words, the database it works on, and where to write.
struct Context {
    std::vector<std::string> words; // after the command name
    std::string databasePath;
    std::string user;
    std::ostream& out;
    std::ostream& err;

    // Opens (creating and migrating when needed) the database named by --db or the default one.
    std::unique_ptr<Database> openDatabase() const;
};

struct Command {
    const char* name;    // one word ("init") or two ("import package")
    const char* usage;   // e.g. "import companies FILE.csv [--cluster NAME] [--dry-run]"
    const char* summary; // one line for the help text
    int (*run)(Context&);
};

// Every command, in the order the help lists them; each lives in its own command_*.cpp.
const std::vector<Command>& commands();

int runInit(Context&);
int runCheck(Context&);
int runDemo(Context&);
int runList(Context&);
int runImport(Context&);
int runReport(Context&);
int runTemplate(Context&); // command_template.cpp
int runAudit(Context&);    // command_audit.cpp
int runQuarter(Context&);

// The exchange between replicas (issue 6). "import package" is an entry of its own in the command
// table, so "import companies" can be another.
int runExportPackage(Context&);
int runImportPackage(Context&);
int runConflictsList(Context&);
int runConflictsResolve(Context&);
int runReplicaShow(Context&);
int runReplicaName(Context&);
int runExchangeLog(Context&);

} // namespace clusterdesk::cli
