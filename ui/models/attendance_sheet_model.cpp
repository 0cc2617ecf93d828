#include "models/attendance_sheet_model.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "models/display_names.h"

#include <QFont>

namespace clusterdesk::ui {

AttendanceSheetModel::AttendanceSheetModel(Session& session, QString seminarId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_seminarId(std::move(seminarId)) {
    connect(&session, &Session::recordsChanged, this, &AttendanceSheetModel::onRecordsChanged);
    reload();
}

int AttendanceSheetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AttendanceSheetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceSheetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Came");
    case Company:
        return tr("Company");
    case Status:
        return tr("Status");
    case OnList:
        return tr("Invited as");
    }
    return {};
}

Qt::ItemFlags AttendanceSheetModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AttendanceSheetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttendanceLine& l = line(index.row());
    bool companyLine = l.personId.empty();
    if (role == Qt::CheckStateRole && index.column() == Name)
        return l.status == AttendanceStatus::Attended ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::FontRole && companyLine) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return companyLine ? tr("The company, when nobody is named") : QString::fromStdString(l.companyName);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString::fromStdString(companyLine ? l.companyName : l.personName);
    case Company:
        return companyLine ? QString() : QString::fromStdString(l.companyName);
    case Status:
        return l.status ? attendanceStatusName(toCode(*l.status)) : QString();
    case OnList:
        return l.member ? tr("Member") : tr("Walk-in");
    }
    return {};
}

bool AttendanceSheetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Name ||
        role != Qt::CheckStateRole)
        return false;
    return setAttended(index.row(), value.toInt() == Qt::Checked);
}

int AttendanceSheetModel::rowOf(const QString& companyId, const QString& personId) const {
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].companyId == companyId.toStdString() && m_lines[i].personId == personId.toStdString())
            return static_cast<int>(i);
    return -1;
}

bool AttendanceSheetModel::execute(std::unique_ptr<RepositoryCommand> command) {
    command->alsoRefresh("seminar", m_seminarId.toStdString());
    try {
        m_session.execute(std::move(command));
        return true;
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
        return false;
    }
}

bool AttendanceSheetModel::setAttended(int row, bool attended) {
    if (row < 0 || row >= rowCount())
        return false;
    const AttendanceLine& l = line(row);
    if ((l.status == AttendanceStatus::Attended) == attended)
        return true;
    QString who = QString::fromStdString(l.personId.empty() ? l.companyName : l.personName);
    auto command = std::make_unique<RepositoryCommand>(
        m_session, attended ? tr("Tick “%1” as attended").arg(who) : tr("Untick “%1”").arg(who));
    if (l.attendanceId.empty()) {
        Attendance a;
        a.seminarId = m_seminarId.toStdString();
        a.companyId = l.companyId;
        a.personId = l.personId;
        a.status = AttendanceStatus::Attended;
        command->create(a);
    } else {
        Attendance before = m_session.repository().attendance().get(l.attendanceId);
        Attendance after = before;
        // Unticking means "did not come after all": still registered, not removed from the sheet.
        after.status = attended ? AttendanceStatus::Attended : AttendanceStatus::Registered;
        command->save(std::optional<Attendance>(before), after);
    }
    return execute(std::move(command));
}

int AttendanceSheetModel::markAllRegisteredAttended() {
    auto command = std::make_unique<RepositoryCommand>(m_session, tr("Mark all registered as attended"));
    int marked = 0;
    for (const auto& l : m_lines) {
        if (l.status != AttendanceStatus::Registered)
            continue;
        Attendance before = m_session.repository().attendance().get(l.attendanceId);
        Attendance after = before;
        after.status = AttendanceStatus::Attended;
        command->save(std::optional<Attendance>(before), after);
        ++marked;
    }
    if (marked == 0 || !execute(std::move(command)))
        return 0;
    return marked;
}

int AttendanceSheetModel::addWalkIn(const QString& companyId, const QString& newCompanyName,
                                    const QString& personName) {
    auto command = std::make_unique<RepositoryCommand>(m_session, tr("Add walk-in"));
    std::string company = companyId.toStdString();
    if (company.empty()) {
        clusterdesk::Company c;
        c.id = newUuid();
        c.name = newCompanyName.trimmed().toStdString();
        command->create(c);
        company = c.id;
    }
    std::string person;
    QString name = personName.trimmed();
    if (!name.isEmpty()) {
        for (const auto& l : m_lines)
            if (l.companyId == company &&
                QString::fromStdString(l.personName).compare(name, Qt::CaseInsensitive) == 0)
                person = l.personId;
        if (person.empty()) {
            Person p;
            p.id = newUuid();
            p.name = name.toStdString();
            p.employerKind = EmployerKind::Company;
            p.employerCompanyId = company;
            command->create(p);
            person = p.id;
        }
    }
    int existing = rowOf(QString::fromStdString(company), QString::fromStdString(person));
    if (existing >= 0 && !line(existing).attendanceId.empty())
        return setAttended(existing, true) ? existing : -1;
    Attendance a;
    a.seminarId = m_seminarId.toStdString();
    a.companyId = company;
    a.personId = person;
    a.status = AttendanceStatus::Attended;
    command->create(a);
    if (!execute(std::move(command)))
        return -1;
    return rowOf(QString::fromStdString(company), QString::fromStdString(person));
}

void AttendanceSheetModel::reload() {
    std::vector<AttendanceLine> fresh =
        AttendanceSheetQuery(m_session.database()).lines(m_seminarId.toStdString());
    bool sameLines =
        fresh.size() == m_lines.size() &&
        std::equal(fresh.begin(), fresh.end(), m_lines.begin(), [](const auto& a, const auto& b) {
            return a.companyId == b.companyId && a.personId == b.personId;
        });
    if (sameLines) {
        m_lines = std::move(fresh);
        if (!m_lines.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_lines = std::move(fresh);
        endResetModel();
    }
    m_counts = AttendanceSheetQuery::count(m_lines);
    emit countsChanged();
}

void AttendanceSheetModel::onRecordsChanged(const QList<RecordRef>& records) {
    static const QStringList tables{QStringLiteral("attendance"), QStringLiteral("person"),
                                    QStringLiteral("company"), QStringLiteral("membership"),
                                    QStringLiteral("seminar")};
    for (const auto& r : records)
        if (tables.contains(r.table))
            return reload();
}

} // namespace clusterdesk::ui
