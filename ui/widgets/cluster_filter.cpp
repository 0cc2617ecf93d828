#include "widgets/cluster_filter.h"

#include "app/session.h"
#include "storage/catalogue_query.h"

namespace clusterdesk::ui {

ClusterFilter::ClusterFilter(Session& session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    setToolTip(tr("Show only the records of one cluster"));
    reload();
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit clusterChanged(clusterId()); });
    connect(&session, &Session::recordsChanged, this, [this](const QList<RecordRef>& records) {
        for (const auto& r : records)
            if (r.table == QLatin1String("cluster"))
                return reload();
    });
}

void ClusterFilter::setClusterId(const QString& id) {
    int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

void ClusterFilter::reload() {
    QString current = clusterId();
    QSignalBlocker block(this);
    clear();
    addItem(tr("All clusters"), QString());
    for (const auto& c : CatalogueQuery(m_session.database()).clusters())
        addItem(QString::fromStdString(c.name), QString::fromStdString(c.code));
    int index = findData(current);
    setCurrentIndex(index >= 0 ? index : 0);
    if (clusterId() != current) {
        block.unblock();
        emit clusterChanged(clusterId());
    }
}

} // namespace clusterdesk::ui
