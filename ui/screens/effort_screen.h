#pragma once

#include "domain/effort.h"
#include "screens/record_list_screen.h"

namespace clusterdesk::ui {

class BudgetOverview;

// Expert days booked, with each cluster's budget for the funnel and how much of it is used.
class EffortScreen : public RecordListScreen<Effort> {
    Q_OBJECT
public:
    explicit EffortScreen(Session& session, QWidget* parent = nullptr);

    BudgetOverview* budgetOverview() const { return m_budget; }

private:
    BudgetOverview* m_budget;
};

} // namespace clusterdesk::ui
