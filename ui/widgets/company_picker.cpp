#include "widgets/company_picker.h"

#include "app/session.h"
#include "storage/company_list_query.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace clusterdesk::ui {

CompanyPicker::CompanyPicker(Session& session, QWidget* parent)
    : QLineEdit(parent)
    , m_session(session)
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this)) {
    setPlaceholderText(tr("Type a company's name, fiscal code or city"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &CompanyPicker::updateSuggestions);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &CompanyPicker::choose);
}

void CompanyPicker::setCompany(const QString& id, const QString& name) {
    m_companyId = id;
    setText(name);
}

void CompanyPicker::clearCompany() {
    m_companyId.clear();
    clear();
}

void CompanyPicker::updateSuggestions(const QString& text) {
    if (!m_companyId.isEmpty()) {
        m_companyId.clear();
        emit companyChosen({});
    }
    m_suggestions->clear();
    if (text.trimmed().size() < 2)
        return;
    ListFilter filter;
    filter.search = text.trimmed().toStdString();
    filter.limit = 20;
    CompanyListQuery query(m_session.database());
    std::vector<std::string> ids = query.ids(filter);
    std::vector<CompanyRow> rows = query.rows(ids);
    std::sort(rows.begin(), rows.end(),
              [](const CompanyRow& a, const CompanyRow& b) { return a.name < b.name; });
    for (const auto& row : rows) {
        QString label = QString::fromStdString(row.name);
        if (!row.city.empty())
            label += QStringLiteral(" · ") + QString::fromStdString(row.city);
        if (!row.fiscalCode.empty())
            label += QStringLiteral(" · ") + QString::fromStdString(row.fiscalCode);
        auto* item = new QStandardItem(label);
        item->setData(QString::fromStdString(row.id), Qt::UserRole);
        item->setData(QString::fromStdString(row.name), Qt::UserRole + 1);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

void CompanyPicker::choose(const QModelIndex& index) {
    QString id = index.data(Qt::UserRole).toString();
    QString name = index.data(Qt::UserRole + 1).toString();
    // The completer writes its own text after this signal: put the plain name back once it has.
    QTimer::singleShot(0, this, [this, id, name] {
        setCompany(id, name);
        emit companyChosen(id);
    });
}

} // namespace clusterdesk::ui
