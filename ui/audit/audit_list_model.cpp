#include "audit/audit_list_model.h"

#include "app/session.h"

#include <QDateTime>

namespace clusterdesk::ui {

namespace {
QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Stored times are UTC; the list shows them in local time, to the minute.
QString localTime(const std::string& utc) {
    QDateTime time = QDateTime::fromString(qs(utc), Qt::ISODate);
    if (!time.isValid())
        return qs(utc);
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AuditListModel::AuditListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(session.database()) {
    m_rows = m_query.rows();
    connect(&session, &Session::recordsChanged, this, &AuditListModel::onRecordsChanged);
    // An exchange package may bring audits: read the list again.
    connect(&session, &Session::reloadNeeded, this, &AuditListModel::reload);
}

void AuditListModel::reload() {
    beginResetModel();
    m_rows = m_query.rows();
    endResetModel();
}

void AuditListModel::onRecordsChanged(const QList<RecordRef>& records) {
    static const QStringList others = {QStringLiteral("company"), QStringLiteral("visit"),
                                       QStringLiteral("support_measure"), QStringLiteral("cluster")};
    for (const RecordRef& record : records) {
        if (others.contains(record.table)) {
            reload();
            return;
        }
        if (record.table != QLatin1String("audit"))
            continue;
        int position = rowOf(record.id);
        auto fresh = m_query.row(record.id.toStdString());
        if (position < 0 || !fresh) {
            reload();
            return;
        }
        m_rows[static_cast<std::size_t>(position)] = std::move(*fresh);
        emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
    }
}

const AuditRow* AuditListModel::row(int position) const {
    if (position < 0 || position >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(position)];
}

int AuditListModel::rowOf(const QString& auditId) const {
    const std::string id = auditId.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int AuditListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::display(const AuditRow& r, int column) const {
    switch (column) {
    case Company:
        return qs(r.company);
    case Form:
        return r.templateVersion > 1 ? tr("%1 (version %2)").arg(qs(r.templateTitle)).arg(r.templateVersion)
                                     : qs(r.templateTitle);
    case DoneDuring:
        return r.visitId.empty() ? tr("%1, from %2").arg(qs(r.measureName), qs(r.date))
                                 : tr("Visit on %1").arg(qs(r.date));
    case Cluster:
        return qs(r.clusterName);
    case Status:
        return r.status == "completed" ? tr("Completed %1").arg(localTime(r.completedAt).left(10))
                                       : tr("Draft");
    case Answers:
        return r.answers;
    case Score:
        return r.overallPercent ? QStringLiteral("%1 %").arg(*r.overallPercent, 0, 'f', 0) : QString();
    case LastChange:
        return localTime(r.updatedAt);
    }
    return {};
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Answers || index.column() == Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return qs(r.id);
    case StatusRole:
        return qs(r.status);
    case SortRole:
        switch (index.column()) {
        case Answers:
            return r.answers;
        case Score:
            return r.overallPercent ? QVariant(*r.overallPercent) : QVariant(-1.0);
        case LastChange:
            return qs(r.updatedAt);
        case DoneDuring:
            return qs(r.date);
        default:
            return display(r, index.column()).toString().toLower();
        }
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Company");
    case Form:
        return tr("Form");
    case DoneDuring:
        return tr("Done during");
    case Cluster:
        return tr("Cluster");
    case Status:
        return tr("Status");
    case Answers:
        return tr("Answers");
    case Score:
        return tr("Score");
    case LastChange:
        return tr("Last change");
    }
    return {};
}

AuditListFilter::AuditListFilter(AuditListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSourceModel(source);
    setSortRole(AuditListModel::SortRole);
    setDynamicSortFilter(true);
}

void AuditListFilter::setSearch(const QString& text) {
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void AuditListFilter::setStatus(const QString& status) {
    m_status = status;
    invalidateFilter();
}

QString AuditListFilter::idAt(int row) const {
    return index(row, 0).data(AuditListModel::IdRole).toString();
}

bool AuditListFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    QAbstractItemModel* model = sourceModel();
    if (!m_status.isEmpty() &&
        model->index(sourceRow, 0, sourceParent).data(AuditListModel::StatusRole).toString() != m_status)
        return false;
    if (m_words.isEmpty())
        return true;
    QString text;
    for (int c :
         {AuditListModel::Company, AuditListModel::Form, AuditListModel::DoneDuring, AuditListModel::Cluster})
        text += model->index(sourceRow, c, sourceParent).data().toString() + QLatin1Char(' ');
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace clusterdesk::ui
