#include "widgets/budget_overview.h"

#include "app/session.h"
#include "models/text_table_model.h"
#include "storage/effort_list_query.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
QString against(double used, const std::optional<double>& budget, int decimals) {
    QLocale locale;
    QString text = locale.toString(used, 'f', decimals);
    if (!budget)
        return text;
    text = BudgetOverview::tr("%1 of %2").arg(text, locale.toString(*budget, 'f', decimals));
    if (*budget > 0)
        text += QStringLiteral(" (%1%)").arg(qRound(100.0 * used / *budget));
    return text;
}
} // namespace

BudgetOverview::BudgetOverview(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TextTableModel({tr("Cluster"), tr("Expert days booked"), tr("Euros spent")}, this))
    , m_view(new QTableView(this)) {
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(&session, &Session::recordsChanged, this, [this](const QList<RecordRef>& records) {
        for (const auto& r : records)
            if (r.table == QLatin1String("effort") || r.table == QLatin1String("cluster"))
                return reload();
    });
    reload();
}

void BudgetOverview::setClusterId(const QString& id) {
    m_clusterId = id;
    reload();
}

void BudgetOverview::reload() {
    QList<QStringList> rows;
    for (const auto& b : EffortListQuery(m_session.database()).budgets(m_clusterId.toStdString()))
        rows.append({QString::fromStdString(b.cluster), against(b.days, b.budgetDays, 1),
                     against(b.costEur, b.budgetEur, 0)});
    m_model->setRows(rows);
    int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           rowHeight * static_cast<int>(std::min<qsizetype>(rows.size(), 5)) + 4);
}

} // namespace clusterdesk::ui
