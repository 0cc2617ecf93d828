#include "app/screen_id.h"

#include <QCoreApplication>

namespace clusterdesk::ui {

const std::vector<ScreenInfo>& screenInfos() {
    auto tr = [](const char* text) { return QCoreApplication::translate("Sidebar", text); };
    static const std::vector<ScreenInfo> all = {
        {ScreenId::Clusters, QStringLiteral("clusters"), tr(QT_TRANSLATE_NOOP("Sidebar", "Clusters"))},
        {ScreenId::Companies, QStringLiteral("companies"), tr(QT_TRANSLATE_NOOP("Sidebar", "Companies"))},
        {ScreenId::Seminars, QStringLiteral("seminars"), tr(QT_TRANSLATE_NOOP("Sidebar", "Seminars"))},
        {ScreenId::Audits, QStringLiteral("audits"), tr(QT_TRANSLATE_NOOP("Sidebar", "Audits"))},
    };
    return all;
}

} // namespace clusterdesk::ui
