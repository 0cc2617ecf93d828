#include "app/screen_id.h"

#include <QCoreApplication>

namespace clusterdesk::ui {

const std::vector<ScreenInfo>& screenInfos() {
    auto tr = [](const char* text) { return QCoreApplication::translate("Sidebar", text); };
    static const std::vector<ScreenInfo> all = {
        {ScreenId::Dashboard, QStringLiteral("dashboard"), tr(QT_TRANSLATE_NOOP("Sidebar", "Dashboard"))},
        {ScreenId::Clusters, QStringLiteral("clusters"), tr(QT_TRANSLATE_NOOP("Sidebar", "Clusters"))},
        {ScreenId::Companies, QStringLiteral("companies"), tr(QT_TRANSLATE_NOOP("Sidebar", "Companies"))},
        {ScreenId::People, QStringLiteral("people"), tr(QT_TRANSLATE_NOOP("Sidebar", "People"))},
        {ScreenId::Seminars, QStringLiteral("seminars"), tr(QT_TRANSLATE_NOOP("Sidebar", "Seminars"))},
        {ScreenId::Visits, QStringLiteral("visits"), tr(QT_TRANSLATE_NOOP("Sidebar", "Visits"))},
        {ScreenId::Support, QStringLiteral("support"), tr(QT_TRANSLATE_NOOP("Sidebar", "Enhanced support"))},
        {ScreenId::FollowUps, QStringLiteral("follow-ups"), tr(QT_TRANSLATE_NOOP("Sidebar", "Follow-ups"))},
        {ScreenId::Outcomes, QStringLiteral("outcomes"), tr(QT_TRANSLATE_NOOP("Sidebar", "Outcomes"))},
        {ScreenId::Effort, QStringLiteral("effort"), tr(QT_TRANSLATE_NOOP("Sidebar", "Effort & budget"))},
        {ScreenId::Audits, QStringLiteral("audits"), tr(QT_TRANSLATE_NOOP("Sidebar", "Audits"))},
        {ScreenId::Reports, QStringLiteral("reports"), tr(QT_TRANSLATE_NOOP("Sidebar", "Reports"))},
    };
    return all;
}

} // namespace clusterdesk::ui
