// clusterdesk-cli: create, import and report on a ClusterDesk database from the shell.
#include "cli/command.h"
#include "domain/error.h"
#include "platform/app_paths.h"
#include "platform/logging.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <SQLiteCpp/Exception.h>
#include <iostream>
#include <spdlog/spdlog.h>

using namespace clusterdesk;
using namespace clusterdesk::cli;

namespace {
void printHelp(std::ostream& out) {
    out << "Usage: clusterdesk-cli [--db FILE] [--user NAME] COMMAND [ARGS]\n\n"
           "Without --db the default database in the user's data folder is used:\n  "
        << "~/.local/share/clusterdesk/clusterdesk.sqlite\n\nCommands:\n";
    for (const auto& c : commands())
        out << "  " << c.usage << "\n      " << c.summary << "\n";
    out << "\nExit codes: 0 done, 1 wrong usage, 2 invalid input (nothing written), 3 database or file "
           "error.\n";
}

void printValidation(std::ostream& err, const ValidationError& e) {
    err << "error: invalid input, nothing was written:\n";
    for (const auto& f : e.errors())
        err << "  " << f.field << ": " << f.message << "\n";
}
} // namespace

const std::vector<Command>& clusterdesk::cli::commands() {
    static const std::vector<Command> all = {
        {"init", "init", "create the database, or migrate it to this version", runInit},
        {"replica show", "replica show",
         "this database's replica id and name, and the peers it exchanged with", runReplicaShow},
        {"replica name", "replica name NAME", "set the name other databases see for this one",
         runReplicaName},
        {"export package",
         "export package -o FILE [--peer NAME] [--company ID ...] [--audits-by PERSON_ID ...] [--all]",
         "write an exchange package: changes since the last one for a peer, a selection, or everything",
         runExportPackage},
        {"import package", "import package FILE [--dry-run]",
         "merge an exchange package (nothing is overwritten: conflicts are kept for a decision)",
         runImportPackage},
        {"conflicts list", "conflicts list [--all]", "list the conflicts packages brought, with both values",
         runConflictsList},
        {"conflicts resolve", "conflicts resolve ID --keep mine|theirs", "decide a conflict",
         runConflictsResolve},
        {"exchange log", "exchange log", "list every package exported and imported, with its counts",
         runExchangeLog},
    };
    return all;
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::vector<std::string> words(argv + 1, argv + argc);
    std::string databasePath;
    std::string user;
    std::size_t i = 0;
    try {
        for (; i < words.size() && words[i].starts_with("-"); ++i) {
            const std::string& word = words[i];
            if (word == "--help" || word == "-h") {
                printHelp(std::cout);
                return kExitOk;
            }
            if ((word == "--db" || word == "--user") && i + 1 < words.size())
                (word == "--db" ? databasePath : user) = words[++i];
            else if (word.starts_with("--db="))
                databasePath = word.substr(5);
            else if (word.starts_with("--user="))
                user = word.substr(7);
            else
                throw UsageError(word == "--db" || word == "--user" ? word + " needs a value"
                                                                    : "unknown option " + word);
        }
        if (i == words.size())
            throw UsageError("no command given");
        // A command is one word ("init") or two ("import package").
        std::string name = words[i];
        const Command* command = nullptr;
        std::string subcommands;
        for (const auto& c : commands()) {
            std::string full = c.name;
            if (full == name) {
                command = &c;
            } else if (full.starts_with(name + " ")) {
                std::string second = full.substr(name.size() + 1);
                subcommands += (subcommands.empty() ? "" : ", ") + second;
                if (i + 1 < words.size() && words[i + 1] == second)
                    command = &c;
            }
        }
        if (!command && !subcommands.empty())
            throw UsageError("'" + name + "' needs one of: " + subcommands);
        if (!command)
            throw UsageError("unknown command '" + name + "'");
        if (std::string(command->name) != name) {
            name = command->name;
            ++i;
        }

        setUpLogging("clusterdesk-cli");
        if (databasePath.empty())
            databasePath = defaultDatabasePath();
        Context context{std::vector<std::string>(words.begin() + static_cast<long>(i) + 1, words.end()),
                        databasePath, user.empty() ? currentUserName() : user, std::cout, std::cerr};
        spdlog::info("command {} started", name);
        int code = command->run(context);
        spdlog::info("command {} finished with exit code {}", name, code);
        return code;
    } catch (const UsageError& e) {
        std::cerr << "error: " << e.what()
                  << "\nRun 'clusterdesk-cli --help' for the commands and options.\n";
        return kExitUsage;
    } catch (const ValidationError& e) {
        printValidation(std::cerr, e);
        return kExitInvalidInput;
    } catch (const InputError& e) {
        std::cerr << "error: " << e.what() << "\nNothing was written.\n";
        return kExitInvalidInput;
    } catch (const NotFoundError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitInvalidInput;
    } catch (const StorageError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitStorage;
    } catch (const SQLite::Exception& e) {
        std::cerr << "error: database " << databasePath << ": " << e.what() << "\n";
        return kExitStorage;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitStorage;
    }
}
