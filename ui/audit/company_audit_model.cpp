#include "audit/company_audit_model.h"

#include "app/session.h"

#include <QDateTime>

namespace clusterdesk::ui {

namespace {
QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Stored times are UTC; the page shows the local date.
QString localDate(const std::string& utc) {
    QDateTime time = QDateTime::fromString(qs(utc), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : qs(utc).left(10);
}
} // namespace

CompanyAuditModel::CompanyAuditModel(Session& session, const QString& companyId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(session.database())
    , m_companyId(companyId.toStdString()) {
    m_rows = m_query.ofCompany(m_companyId);
}

void CompanyAuditModel::reload() {
    beginResetModel();
    m_rows = m_query.ofCompany(m_companyId);
    endResetModel();
}

QString CompanyAuditModel::idAt(int position) const {
    const AuditRow* r = row(position);
    return r ? qs(r->id) : QString();
}

const AuditRow* CompanyAuditModel::row(int position) const {
    if (position < 0 || position >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(position)];
}

int CompanyAuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompanyAuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyAuditModel::display(const AuditRow& r, int column) const {
    switch (column) {
    case Form:
        return r.templateVersion > 1 ? tr("%1 (version %2)").arg(qs(r.templateTitle)).arg(r.templateVersion)
                                     : qs(r.templateTitle);
    case Kind:
        return qs(r.kindName);
    case Date:
        return r.visitId.empty() ? tr("%1 (support measure)").arg(qs(r.date))
                                 : tr("%1 (visit)").arg(qs(r.date));
    case Status:
        return r.status == "completed" ? tr("Completed %1").arg(localDate(r.completedAt)) : tr("Draft");
    case Overall:
        return r.overallPercent ? QStringLiteral("%1 %").arg(*r.overallPercent, 0, 'f', 0) : QString();
    }
    return {};
}

QVariant CompanyAuditModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Form)
            return tr("Double-click or press Enter to open the form");
        return display(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Overall)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return qs(r.id);
    }
    return {};
}

QVariant CompanyAuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Form:
        return tr("Form");
    case Kind:
        return tr("Kind");
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Overall:
        return tr("Overall");
    }
    return {};
}

} // namespace clusterdesk::ui
