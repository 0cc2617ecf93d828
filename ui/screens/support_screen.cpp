#include "screens/support_screen.h"

#include "models/measure_table_model.h"
#include "screens/measure_editor.h"

namespace clusterdesk::ui {

SupportScreen::SupportScreen(Session& session, QWidget* parent)
    : RecordListScreen(session, QStringLiteral("support"), new MeasureTableModel(session),
                       tr("Delete support “%1”"), tr("Restore support “%1”"), parent) {
    setEditor(new MeasureEditor(session, this));
    setDescriptionColumn(MeasureListQuery::Kind);
    restoreSettings();
}

} // namespace clusterdesk::ui
