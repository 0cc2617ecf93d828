#pragma once

#include <QString>

namespace clusterdesk::ui {

// Part of --screenshot: the exchange dialogs between two temporary databases ("Office" with the demo
// story and "Ana's laptop"), so the open database is left alone: exchange-export.png,
// exchange-import-check.png, exchange-import.png, exchange-conflicts.png, exchange-log.png.
void grabExchangeDialogs(const QString& directory);

} // namespace clusterdesk::ui
