#include "screens/effort_screen.h"

#include "models/effort_table_model.h"
#include "screens/effort_editor.h"
#include "widgets/budget_overview.h"
#include "widgets/cluster_filter.h"

#include <QBoxLayout>

namespace clusterdesk::ui {

EffortScreen::EffortScreen(Session& session, QWidget* parent)
    : RecordListScreen(session, QStringLiteral("effort"), new EffortTableModel(session),
                       tr("Delete the expert days of %1"), tr("Restore the expert days of %1"), parent)
    , m_budget(new BudgetOverview(session, this)) {
    static_cast<QBoxLayout*>(layout())->insertWidget(0, m_budget);
    setEditor(new EffortEditor(session, this));
    setDescriptionColumn(EffortListQuery::Person);
    connect(clusterFilter(), &ClusterFilter::clusterChanged, m_budget, &BudgetOverview::setClusterId);
    restoreSettings();
}

} // namespace clusterdesk::ui
