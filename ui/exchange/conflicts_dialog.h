#pragma once

#include "exchange/exchange_types.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace clusterdesk::ui {

class ConflictTableModel;
class Session;

// The open conflicts, each with both values and who changed them when; the user keeps their own value
// or takes the other side's, one conflict at a time. The decision travels to the other side with the next
// package and settles the same conflict there.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictsDialog(Session& session, QWidget* parent = nullptr);

    void reload();
    // Decides the conflict of the row; false when it failed (the error was shown).
    bool resolveRow(int row, Keep keep);

    QTableView* table() const { return m_table; }
    ConflictTableModel* model() const { return m_model; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }

signals:
    void resolved();

private:
    int currentRow() const;
    void updateButtons();

    Session& m_session;
    ConflictTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
};

} // namespace clusterdesk::ui
