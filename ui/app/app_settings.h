#pragma once

#include <QSettings>
#include <memory>

namespace clusterdesk::ui {

// The desktop app's remembered choices (window, lists, recent databases), in the user's configuration
// folder: ~/.config/clusterdesk/desktop.conf on Linux.
inline std::unique_ptr<QSettings> appSettings() {
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("clusterdesk"), QStringLiteral("desktop"));
}

} // namespace clusterdesk::ui
