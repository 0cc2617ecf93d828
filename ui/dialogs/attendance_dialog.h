#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace clusterdesk::ui {

class AttendanceSheetModel;
class CompanyPicker;
class Session;

// Logging who came to a seminar, fast and by keyboard: type the first letters of a name to jump to it
// (or filter with Ctrl+F), Space ticks; walk-ins are added below without leaving the sheet; the counts
// follow every tick.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceDialog(Session& session, const QString& seminarId, QWidget* parent = nullptr);

    AttendanceSheetModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filter; }
    CompanyPicker* walkInCompany() const { return m_walkInCompany; }
    QLineEdit* walkInPerson() const { return m_walkInPerson; }
    QPushButton* markAllButton() const { return m_markAll; }
    QLabel* countsLabel() const { return m_counts; }
    void addWalkIn();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void toggleCurrent();
    void updateCounts();

    Session& m_session;
    AttendanceSheetModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QPushButton* m_markAll;
    CompanyPicker* m_walkInCompany;
    QLineEdit* m_walkInPerson;
    QPushButton* m_addWalkIn;
    QLabel* m_counts;
    QElapsedTimer m_typing; // since the last letter typed into the sheet
};

} // namespace clusterdesk::ui
