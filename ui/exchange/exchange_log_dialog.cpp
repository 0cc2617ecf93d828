#include "exchange/exchange_log_dialog.h"

#include "app/session.h"
#include "exchange/exchange.h"
#include "exchange/exchange_log_model.h"
#include "exchange/exchange_text.h"
#include "widgets/error_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace clusterdesk::ui {

ExchangeLogDialog::ExchangeLogDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ExchangeLogModel(this))
    , m_table(new QTableView(this))
    , m_replica(new QLabel(this)) {
    setWindowTitle(tr("Exchange Log"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("exchangeLogTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_replica);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 400);
    reload();
}

void ExchangeLogDialog::reload() {
    try {
        Exchange exchange(m_session.database());
        m_replica->setText(tr("This database: %1").arg(qs(exchange.replicaName())));
        m_model->setEntries(exchange.log());
    } catch (const std::exception& e) {
        showError(this, tr("The exchange log could not be read"), e);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 280));
}

} // namespace clusterdesk::ui
