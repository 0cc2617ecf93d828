#include "reports/print_font.h"

#include <QFontDatabase>
#include <QStringList>

namespace clusterdesk {

QString printFontFamily() {
    static const QString family = [] {
        const QString wanted = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::families().contains(wanted))
            return wanted;
        for (const char* file : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"})
            QFontDatabase::addApplicationFont(QString::fromUtf8(file));
        return wanted;
    }();
    return family;
}

} // namespace clusterdesk
