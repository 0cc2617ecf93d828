#pragma once

#include <QComboBox>

namespace clusterdesk::ui {

class Session;

// "All clusters" or one cluster, kept up to date when clusters are added, renamed or deleted.
class ClusterFilter : public QComboBox {
    Q_OBJECT
public:
    explicit ClusterFilter(Session& session, QWidget* parent = nullptr);

    QString clusterId() const { return currentData().toString(); }
    void setClusterId(const QString& id);

signals:
    void clusterChanged(const QString& id);

private:
    void reload();
    Session& m_session;
};

} // namespace clusterdesk::ui
