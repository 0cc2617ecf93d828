#include "reports/report_fonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace clusterdesk {

namespace {
const char* const kFamily = "DejaVu Sans";
}

void ensureReportFonts() {
    static bool done = false;
    if (done)
        return;
    done = true;
    if (QFontDatabase::families().contains(kFamily))
        return;
    for (const char* file : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                             "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"})
        QFontDatabase::addApplicationFont(file);
}

QFont reportFont(qreal pointSize, bool bold) {
    QFont font(kFamily);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No shaping for Latin text: no "fi" ligatures, so the PDF's text can be searched and copied as typed.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
    return font;
}

} // namespace clusterdesk
