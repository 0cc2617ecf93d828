#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace clusterdesk::ui {

class ExchangeLogModel;
class Session;

// Every package this database exported or imported, newest first, with the counts of each import.
class ExchangeLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExchangeLogDialog(Session& session, QWidget* parent = nullptr);

    void reload();
    QTableView* table() const { return m_table; }
    ExchangeLogModel* model() const { return m_model; }

private:
    Session& m_session;
    ExchangeLogModel* m_model;
    QTableView* m_table;
    QLabel* m_replica;
};

} // namespace clusterdesk::ui
