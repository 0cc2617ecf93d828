#pragma once

#include <QString>

namespace clusterdesk::ui {

class MainWindow;

// Part of --screenshot: the newest draft audit's form (at its first section with required answers missing)
// and its results compared with the first group of similar companies large enough, then a refused
// "Complete" and the list: audit-form.png, audit-results.png, audit-complete-refused.png, audits.png.
// Does nothing when the database has no audit.
void grabAuditScreens(MainWindow& window, const QString& directory);

} // namespace clusterdesk::ui
