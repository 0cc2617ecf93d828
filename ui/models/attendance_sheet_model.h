#pragma once

#include "storage/attendance_sheet_query.h"

#include <QAbstractTableModel>
#include <vector>

namespace clusterdesk::ui {

class Session;
struct RecordRef;

// A seminar's attendance sheet (AttendanceSheetQuery) with the actions of the person at the door: tick
// who came, mark everyone registered as attended, add a walk-in. Each action is one undoable command.
class AttendanceSheetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Company, Status, OnList, ColumnCount };

    AttendanceSheetModel(Session& session, QString seminarId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    const AttendanceLine& line(int row) const { return m_lines[static_cast<std::size_t>(row)]; }
    int rowOf(const QString& companyId, const QString& personId) const; // -1 when not on the sheet
    AttendanceCounts counts() const { return m_counts; }
    QString seminarId() const { return m_seminarId; }

    // False (and failed() emitted) when the change could not be stored.
    bool setAttended(int row, bool attended);
    int markAllRegisteredAttended(); // how many were marked
    // An existing company (companyId) or a new one by name; a new person when personName is not one of
    // the company's people. Marked attended. Returns the row, -1 on failure.
    int addWalkIn(const QString& companyId, const QString& newCompanyName, const QString& personName);

    void reload();

signals:
    void countsChanged();
    void failed(const QString& message);

private:
    void onRecordsChanged(const QList<RecordRef>& records);
    bool execute(std::unique_ptr<class RepositoryCommand> command);

    Session& m_session;
    QString m_seminarId;
    std::vector<AttendanceLine> m_lines;
    AttendanceCounts m_counts;
};

} // namespace clusterdesk::ui
