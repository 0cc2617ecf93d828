#include "screens/list_screen.h"

#include "app/app_settings.h"
#include "app/session.h"
#include "commands/repository_command.h"
#include "models/list_proxy_model.h"
#include "models/paged_table_model.h"
#include "widgets/cluster_filter.h"
#include "widgets/error_dialog.h"
#include "widgets/record_editor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

ListScreen::ListScreen(Session& session, const QString& name, PagedTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(name)
    , m_model(model)
    , m_proxy(new ListProxyModel(model, this))
    , m_view(new QTableView)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tools(new QHBoxLayout)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_clusterFilter(new ClusterFilter(session, this))
    , m_showDeleted(new QCheckBox(tr("Show &deleted"), this))
    , m_columnMenu(new QMenu(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_restore(new QPushButton(tr("Restore"), this)) {
    model->setParent(this);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    auto* columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setToolTip(tr("Choose the columns to show"));
    columns->setMenu(m_columnMenu);
    columns->setPopupMode(QToolButton::InstantPopup);
    m_new->setToolTip(tr("Create a new record (Ctrl+N)"));
    m_delete->setToolTip(tr("Delete the selected record; it can be restored later (Delete)"));
    m_restore->setToolTip(tr("Bring the selected deleted record back"));

    m_tools->addWidget(m_search, 2);
    m_tools->addWidget(m_clusterFilter);
    m_tools->addWidget(m_showDeleted);
    m_tools->addWidget(columns);
    m_tools->addStretch(1);
    m_tools->addWidget(m_new);
    m_tools->addWidget(m_delete);
    m_tools->addWidget(m_restore);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(140);
    header->setContextMenuPolicy(Qt::CustomContextMenu);

    m_splitter->addWidget(m_view);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_tools);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_clusterFilter, &ClusterFilter::clusterChanged, m_model, &PagedTableModel::setClusterId);
    connect(m_showDeleted, &QCheckBox::toggled, m_model, &PagedTableModel::setIncludeDeleted);
    connect(m_columnMenu, &QMenu::aboutToShow, this, &ListScreen::buildColumnMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& at) { m_columnMenu->popup(m_view->horizontalHeader()->mapToGlobal(at)); });
    connect(m_new, &QPushButton::clicked, this, &ListScreen::newRecord);
    connect(m_delete, &QPushButton::clicked, this, &ListScreen::deleteCurrent);
    connect(m_restore, &QPushButton::clicked, this, &ListScreen::restoreCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListScreen::onCurrentChanged);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRecord(m_proxy->idAt(index.row())); });
    // After a new search the record being edited stays selected when it is still listed.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        // An empty pane says nothing: show the first record until the user picks one.
        if (m_shownId.isEmpty() || !selectRecord(m_shownId)) {
            if (m_proxy->rowCount() > 0 && !(m_editor && m_editor->hasUnsavedChanges()))
                selectRecord(m_proxy->idAt(0));
        }
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ListScreen::updateButtons);

    auto shortcut = [this](QKeySequence keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence::New, [this] { newRecord(); });
    auto* remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ListScreen::deleteCurrent);
    updateButtons();
}

ListScreen::~ListScreen() {
    saveSettings();
}

void ListScreen::setEditor(RecordEditor* editor) {
    m_editor = editor;
    m_splitter->addWidget(editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(editor, &RecordEditor::saved, this, [this](const QString& id) {
        m_shownId = id;
        selectRecord(id);
    });
}

void ListScreen::setClusterFilterVisible(bool visible) {
    m_clusterFilter->setVisible(visible);
}

void ListScreen::restoreSettings() {
    auto settings = appSettings();
    settings->beginGroup(QStringLiteral("lists/") + m_name);
    QHeaderView* header = m_view->horizontalHeader();
    bool restored = header->restoreState(settings->value(QStringLiteral("header")).toByteArray());
    if (!restored) {
        int character = m_view->fontMetrics().averageCharWidth();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_view->setColumnHidden(c, !m_model->shownByDefault(c));
            m_view->setColumnWidth(c, character * m_model->widthInCharacters(c) + 16);
        }
        header->setSortIndicator(0, m_model->defaultSortOrder());
    }
    if (!m_splitter->restoreState(settings->value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({600, 420});
    settings->endGroup();
    // Turning sorting on sorts by the remembered column: the first query of this list.
    m_view->setSortingEnabled(true);
    m_settingsRestored = true;
}

void ListScreen::saveSettings() const {
    if (!m_settingsRestored)
        return;
    auto settings = appSettings();
    settings->beginGroup(QStringLiteral("lists/") + m_name);
    settings->setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings->endGroup();
}

void ListScreen::buildColumnMenu() {
    m_columnMenu->clear();
    int shown = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        shown += m_view->isColumnHidden(c) ? 0 : 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* action = m_columnMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        // The last visible column stays: a list without columns cannot be got back from.
        action->setEnabled(m_view->isColumnHidden(c) || shown > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
    }
}

QString ListScreen::currentId() const {
    QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->idAt(current.row()) : QString();
}

bool ListScreen::selectRecord(const QString& id) {
    int row = m_proxy->rowOf(id);
    if (row < 0)
        return false;
    int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
    if (m_view->isColumnHidden(column))
        column = m_view->horizontalHeader()->logicalIndex(0);
    QModelIndex index = m_proxy->index(row, column);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ListScreen::onCurrentChanged() {
    QString id = currentId();
    updateButtons();
    if (!m_editor || id == m_shownId || id.isEmpty())
        return;
    if (!m_editor->confirmLeave()) {
        QSignalBlocker block(m_view->selectionModel());
        selectRecord(m_shownId);
        return;
    }
    m_shownId = id;
    m_editor->showRecord(id);
}

void ListScreen::updateButtons() {
    QModelIndex current = m_view->currentIndex();
    bool deleted = current.isValid() && current.data(PagedTableModel::DeletedRole).toBool();
    m_delete->setEnabled(current.isValid() && !deleted);
    m_restore->setVisible(m_showDeleted->isChecked());
    m_restore->setEnabled(deleted);
}

void ListScreen::newRecord() {
    if (!m_editor || !m_editor->confirmLeave())
        return;
    m_view->selectionModel()->clearCurrentIndex();
    m_view->clearSelection();
    m_shownId.clear();
    m_editor->startNew();
}

QString ListScreen::describe(const QString& id) const {
    int row = m_proxy->rowOf(id);
    return row < 0 ? QString() : m_proxy->index(row, m_descriptionColumn).data().toString();
}

void ListScreen::deleteCurrent() {
    QString id = currentId();
    if (id.isEmpty() || m_view->currentIndex().data(PagedTableModel::DeletedRole).toBool())
        return;
    auto answer = QMessageBox::question(
        this, tr("Delete"),
        tr("Delete “%1”?\n\nIt disappears from the lists and reports. You can undo this (Ctrl+Z), or find "
           "it later with “Show deleted” and restore it.")
            .arg(describe(id)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    runCommand(deleteCommand(id), tr("The record was not deleted"));
}

void ListScreen::restoreCurrent() {
    QString id = currentId();
    if (id.isEmpty())
        return;
    runCommand(restoreCommand(id), tr("The record was not restored"));
}

void ListScreen::runCommand(std::unique_ptr<RepositoryCommand> command, const QString& failure) {
    try {
        m_session.execute(std::move(command));
    } catch (const std::exception& e) {
        showError(this, failure, e);
    }
    updateButtons();
}

void ListScreen::openRecord(const QString&) {
    if (m_editor)
        m_editor->setFocus();
}

} // namespace clusterdesk::ui
