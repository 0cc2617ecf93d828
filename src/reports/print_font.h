#pragma once

#include <QString>

namespace clusterdesk {

// The family printouts use: DejaVu Sans (Debian's fonts-dejavu-core), loaded from its file when
// fontconfig does not offer it, so that Romanian letters print whatever the desktop's fonts.
QString printFontFamily();

} // namespace clusterdesk
