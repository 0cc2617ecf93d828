#pragma once

#include <QWidget>

class QTableView;

namespace clusterdesk::ui {

class Session;
class TextTableModel;

// Expert days and euros booked against each cluster's budget for the funnel, kept current.
class BudgetOverview : public QWidget {
    Q_OBJECT
public:
    explicit BudgetOverview(Session& session, QWidget* parent = nullptr);

    void setClusterId(const QString& id);
    TextTableModel* model() const { return m_model; }

private:
    void reload();

    Session& m_session;
    QString m_clusterId;
    TextTableModel* m_model;
    QTableView* m_view;
};

} // namespace clusterdesk::ui
