// clusterdesk-cli: create, import and report on a ClusterDesk database from the shell.
#include "cli/command.h"
#include "domain/error.h"
#include "platform/app_paths.h"
#include "platform/logging.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <SQLiteCpp/Exception.h>
#include <iostream>
#include <memory>
#include <spdlog/spdlog.h>
#include <string_view>

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

// Printing to PDF and drawing charts lay out text, which needs a QGuiApplication (on the offscreen
// platform unless told otherwise: the command line never opens a window). Every other command needs only
// the core.
// Qt's own notices (a missing XDG_RUNTIME_DIR, font warnings) belong in the log, not among the CLI's
// messages that scripts and users read on stderr.
void qtMessageToLog(QtMsgType type, const QMessageLogContext&, const QString& message) {
    const std::string text = message.toStdString();
    if (type == QtFatalMsg || type == QtCriticalMsg)
        spdlog::error("qt: {}", text);
    else
        spdlog::debug("qt: {}", text);
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    qInstallMessageHandler(qtMessageToLog);
    for (int i = 1; i < argc; ++i)
        if (const std::string_view word = argv[i]; word == "print" || word == "report" || word == "quarter") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    return std::make_unique<QCoreApplication>(argc, argv);
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
        {"check", "check",
         "integrity, foreign keys and ClusterDesk's own rules; exit 3 when anything is wrong", runCheck},
        {"demo", "demo", "load the demo data set (the seed story) into an empty database", runDemo},
        {"list",
         "list clusters|companies|seminars|visits|measures|follow-ups [--cluster NAME] [--format "
         "table|csv|json]",
         "list records", runList},
        {"import", "import companies FILE.csv [--cluster NAME] [--map \"Column=field\"]... [--dry-run]",
         "import member companies from a spreadsheet (CSV); nothing is written if any row is bad", runImport},
        {"report",
         "report [--quarter YYYY-Qn | --from DATE --to DATE] [--cluster NAME] --format json|csv|html|pdf "
         "[-o FILE]",
         "the output summary of a period (default: this quarter), per cluster and in total", runReport},
        // One row per action, so the help lists each; all run the same command.
        {"template", "template validate FILE.json",
         "check an audit form template; prints each problem as $.path: reason (exit 2)", runTemplate},
        {"template", "template import FILE.json", "store a template; a new version never replaces an old one",
         runTemplate},
        {"template", "template list", "the stored templates, every version", runTemplate},
        {"template", "template print ID [--version N] -o FILE.pdf", "a blank form to fill in on paper",
         runTemplate},
        {"audit", "audit start --template ID [--version N] (--visit ID | --measure ID [--company ID])",
         "start a draft audit form; prints its id", runAudit},
        {"audit", "audit answer ID QUESTION [ANSWER...]", "save one answer (none clears it)", runAudit},
        {"audit", "audit note ID SECTION [TEXT...]", "save the notes of a section", runAudit},
        {"audit", "audit complete ID", "check the required answers, keep the results and lock the form",
         runAudit},
        {"audit", "audit reopen ID --reason TEXT", "unlock a completed form (the reason is logged)",
         runAudit},
        {"audit", "audit list (--company ID | --visit ID | --measure ID)",
         "the audits of a company, visit or measure", runAudit},
        {"audit", "audit show ID [--peers cluster|nace_section|size_class] [--answers]",
         "section and overall percentages, peer comparison and suggested recommendations", runAudit},
        {"audit", "audit print ID [--peers GROUP] -o FILE.pdf",
         "the form with its results and radar chart as PDF", runAudit},
        {"quarter", "quarter close YYYY-Qn [-o FILE.pdf] | quarter list",
         "close a quarter: write its PDF and freeze the figures as sent; list the closed quarters",
         runQuarter},
    };
    return all;
}

int main(int argc, char** argv) {
    auto app = makeApplication(argc, argv);
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
        const std::string name = words[i];
        const Command* command = nullptr;
        for (const auto& c : commands())
            if (name == c.name)
                command = &c;
        if (!command)
            throw UsageError("unknown command '" + name + "'");

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
