#pragma once

#include "domain/support_measure.h"
#include "screens/record_list_screen.h"

namespace clusterdesk::ui {

// Enhanced support (phase 3 of the funnel).
class SupportScreen : public RecordListScreen<SupportMeasure> {
    Q_OBJECT
public:
    explicit SupportScreen(Session& session, QWidget* parent = nullptr);
};

} // namespace clusterdesk::ui
