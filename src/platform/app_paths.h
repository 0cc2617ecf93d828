#pragma once

#include <string>

namespace clusterdesk {

// Where ClusterDesk keeps its files on this machine (XDG, as QStandardPaths finds it):
// ~/.local/share/clusterdesk/ on Linux. The folder is created when missing.
std::string appDataDirectory();
std::string defaultDatabasePath(); // <appDataDirectory>/clusterdesk.sqlite
std::string logFilePath();         // <appDataDirectory>/logs/clusterdesk.log

// The login name of the person running the program, for "changed by".
std::string currentUserName();

} // namespace clusterdesk
