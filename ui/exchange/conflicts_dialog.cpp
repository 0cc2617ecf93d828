#include "exchange/conflicts_dialog.h"

#include "app/session.h"
#include "exchange/conflict_table_model.h"
#include "exchange/exchange.h"
#include "widgets/error_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace clusterdesk::ui {

ConflictsDialog::ConflictsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ConflictTableModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &Theirs"), this)) {
    setWindowTitle(tr("Exchange Conflicts"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_keepMine->setToolTip(tr("Keep the value this database holds; the other side takes it with the next "
                              "package"));
    m_keepTheirs->setToolTip(tr("Take the value the package brought"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveRow(currentRow(), Keep::Mine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveRow(currentRow(), Keep::Theirs); });

    auto* decide = new QHBoxLayout;
    decide->addWidget(m_keepMine);
    decide->addWidget(m_keepTheirs);
    decide->addStretch();
    decide->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(decide);
    resize(980, 420);
    reload();
}

void ConflictsDialog::reload() {
    std::vector<Conflict> conflicts;
    try {
        conflicts = Exchange(m_session.database()).conflicts();
    } catch (const std::exception& e) {
        showError(this, tr("The conflicts could not be read"), e);
    }
    m_model->setConflicts(std::move(conflicts));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsDialog::updateButtons, Qt::UniqueConnection);
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No conflicts: every package merged without a clash.")
                           : tr("Open conflicts: %1. Both sides changed the same field since they last "
                                "exchanged; nothing was overwritten. Choose which value stays.")
                                 .arg(m_model->rowCount()));
    updateButtons();
}

int ConflictsDialog::currentRow() const {
    auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void ConflictsDialog::updateButtons() {
    bool chosen = currentRow() >= 0;
    m_keepMine->setEnabled(chosen);
    m_keepTheirs->setEnabled(chosen);
}

bool ConflictsDialog::resolveRow(int row, Keep keep) {
    const Conflict* conflict = m_model->conflict(row);
    if (!conflict)
        return false;
    try {
        Exchange(m_session.database()).resolveConflict(conflict->id, keep);
    } catch (const std::exception& e) {
        showError(this, tr("The conflict could not be decided"), e);
        reload();
        return false;
    }
    // One decision can settle other conflicts, and the records shown elsewhere changed.
    reload();
    m_session.reloadAll();
    emit resolved();
    return true;
}

} // namespace clusterdesk::ui
