#include "app/screen_id.h"

#include <QCoreApplication>

namespace clusterdesk::ui {

const std::vector<ScreenInfo>& screenInfos() {
    auto tr = [](const char* text) { return QCoreApplication::translate("Sidebar", text); };
    static const std::vector<ScreenInfo> all = {
        {ScreenId::Clusters, QStringLiteral("clusters"), tr(QT_TRANSLATE_NOOP("Sidebar", "Clusters"))},
        {ScreenId::Companies, QStringLiteral("companies"), tr(QT_TRANSLATE_NOOP("Sidebar", "Companies"))},
        {ScreenId::Seminars, QStringLiteral("seminars"), tr(QT_TRANSLATE_NOOP("Sidebar", "Seminars"))},
        {ScreenId::Visits, QStringLiteral("visits"), tr(QT_TRANSLATE_NOOP("Sidebar", "Visits"))},
        {ScreenId::FollowUps, QStringLiteral("follow-ups"), tr(QT_TRANSLATE_NOOP("Sidebar", "Follow-ups"))},
    };
    return all;
}

} // namespace clusterdesk::ui
