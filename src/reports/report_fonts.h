#pragma once

#include <QFont>

namespace clusterdesk {

// The report's typeface: DejaVu Sans (Debian's fonts-dejavu-core), which has every Romanian letter and
// may be embedded. Registers the files with Qt when fontconfig did not offer the family. Needs a
// QGuiApplication.
void ensureReportFonts();
QFont reportFont(qreal pointSize, bool bold = false);

} // namespace clusterdesk
