#include "widgets/cluster_checklist.h"

#include "app/session.h"
#include "storage/catalogue_query.h"

#include <algorithm>

namespace clusterdesk::ui {

ClusterChecklist::ClusterChecklist(Session& session, QWidget* parent)
    : QListWidget(parent) {
    for (const auto& cluster : CatalogueQuery(session.database()).clusters()) {
        auto* item = new QListWidgetItem(QString::fromStdString(cluster.name), this);
        item->setData(Qt::UserRole, QString::fromStdString(cluster.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    setMaximumHeight(std::max(3, std::min(count(), 6)) * (fontMetrics().height() + 6) + 6);
    connect(this, &QListWidget::itemChanged, this, &ClusterChecklist::edited);
}

void ClusterChecklist::setCheckedIds(const std::vector<std::string>& ids) {
    QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i) {
        std::string id = item(i)->data(Qt::UserRole).toString().toStdString();
        item(i)->setCheckState(std::find(ids.begin(), ids.end(), id) != ids.end() ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

std::vector<std::string> ClusterChecklist::checkedIds() const {
    std::vector<std::string> ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            ids.push_back(item(i)->data(Qt::UserRole).toString().toStdString());
    return ids;
}

} // namespace clusterdesk::ui
