#pragma once

#include <QMetaType>
#include <QString>
#include <vector>

namespace clusterdesk::ui {

// The screens of the sidebar, in its order.
enum class ScreenId {
    Dashboard,
    Clusters,
    Companies,
    People,
    Seminars,
    Visits,
    Support,
    Audits,
    FollowUps,
    Outcomes,
    Effort,
    Reports,
};

struct ScreenInfo {
    ScreenId id;
    QString key;   // for settings and screenshot file names: "companies"
    QString title; // translated
};

const std::vector<ScreenInfo>& screenInfos();

} // namespace clusterdesk::ui

Q_DECLARE_METATYPE(clusterdesk::ui::ScreenId)
