#include "audit/audits_screen.h"

#include "app/app_settings.h"
#include "app/session.h"
#include "audit/audit_deletion.h"
#include "audit/audit_form_screen.h"
#include "audit/audit_list_model.h"
#include "audit/new_audit_dialog.h"
#include "audit/template_import.h"
#include "widgets/error_dialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
const char* kHeaderKey = "lists/audits/header";
}

AuditsScreen::AuditsScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditListModel(session, this))
    , m_filter(new AuditListFilter(m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_formPage(new QWidget(this))
    , m_formLayout(new QVBoxLayout(m_formPage)) {
    m_search->setPlaceholderText(tr("Search company, form, cluster (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_status->addItem(tr("All audits"), QString());
    m_status->addItem(tr("Drafts"), QStringLiteral("draft"));
    m_status->addItem(tr("Completed"), QStringLiteral("completed"));
    auto* importButton = new QPushButton(tr("Import &Template…"), this);
    importButton->setToolTip(tr("Add an audit form template from a JSON file"));
    auto* newButton = new QPushButton(tr("&New Audit…"), this);
    newButton->setToolTip(tr("Start an audit during a company visit or a support measure (Ctrl+N)"));
    m_open->setToolTip(tr("Open the selected audit's form (Enter)"));
    m_delete->setToolTip(tr("Delete the selected audit, started by mistake; a completed audit must be "
                            "reopened first (Delete)"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 2);
    tools->addWidget(m_status);
    tools->addStretch(1);
    tools->addWidget(importButton);
    tools->addWidget(newButton);
    tools->addWidget(m_open);
    tools->addWidget(m_delete);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setSortingEnabled(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    if (!header->restoreState(appSettings()->value(QString::fromLatin1(kHeaderKey)).toByteArray())) {
        const int character = m_view->fontMetrics().averageCharWidth();
        const int widths[] = {26, 20, 20, 30, 26, 8, 7, 16};
        for (int c = 0; c < AuditListModel::ColumnCount; ++c)
            m_view->setColumnWidth(c, character * widths[c] + 16);
        m_view->sortByColumn(AuditListModel::LastChange, Qt::DescendingOrder);
    }
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(
        tr("No audits yet. Start one with “New Audit…”: choose the company, the visit (technology "
           "audit, business review) or support measure (innovation audit, eco-innovation audit, "
           "competence mapping) it belongs to, and the form."));

    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(tools);
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_view, 1);

    m_formLayout->setContentsMargins(0, 0, 0, 0);
    auto* back = new QPushButton(tr("‹ All audits"), m_formPage);
    back->setToolTip(tr("Back to the list of audits; every answer is already saved"));
    auto* backRow = new QHBoxLayout;
    backRow->setContentsMargins(9, 6, 9, 0);
    backRow->addWidget(back);
    backRow->addStretch(1);
    m_formLayout->addLayout(backRow);

    m_stack->addWidget(listPage);
    m_stack->addWidget(m_formPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditListFilter::setSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(newButton, &QPushButton::clicked, this, [this] { newAudit(); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        if (auto stored = askImportTemplate(this, m_session))
            QMessageBox::information(this, tr("Import Audit Form Template"),
                                     tr("“%1” version %2 is ready to be used in new audits.")
                                         .arg(QString::fromStdString(stored->title))
                                         .arg(stored->version));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            openAudit(currentId());
    });
    connect(m_delete, &QPushButton::clicked, this, &AuditsScreen::deleteCurrent);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openAudit(m_filter->idAt(index.row())); });
    connect(back, &QPushButton::clicked, this, &AuditsScreen::showList);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyNote();
        updateButtons();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditsScreen::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditsScreen::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditsScreen::updateEmptyNote);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditsScreen::updateButtons);
    connect(&m_session, &Session::recordsChanged, this, &AuditsScreen::onRecordsChanged);

    auto* find = new QShortcut(QKeySequence::Find, listPage);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* create = new QShortcut(QKeySequence::New, listPage);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, [this] { newAudit(); });
    auto* remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AuditsScreen::deleteCurrent);
    updateEmptyNote();
    if (m_filter->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

AuditsScreen::~AuditsScreen() {
    saveSettings();
    // The form goes first: it saves what is being typed through the session.
    delete m_form;
}

void AuditsScreen::saveSettings() const {
    appSettings()->setValue(QString::fromLatin1(kHeaderKey), m_view->horizontalHeader()->saveState());
}

void AuditsScreen::updateEmptyNote() {
    m_empty->setVisible(m_model->rowCount() == 0);
}

void AuditsScreen::updateButtons() {
    const bool chosen = !currentId().isEmpty();
    m_open->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

QString AuditsScreen::currentId() const {
    QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->idAt(current.row()) : QString();
}

AuditFormScreen* AuditsScreen::newAudit(const QString& companyId, const QString& companyName,
                                        const QString& visitOrMeasureId) {
    NewAuditDialog dialog(m_session, this);
    if (!companyId.isEmpty()) {
        dialog.setCompany(companyId, companyName);
        // Started from a visit or a measure, the audit is for that one: only the form is chosen.
        if (!visitOrMeasureId.isEmpty() && dialog.setTarget(visitOrMeasureId))
            dialog.lockTarget();
    }
    if (dialog.exec() != QDialog::Accepted || dialog.auditId().isEmpty())
        return nullptr;
    return openAudit(dialog.auditId());
}

AuditFormScreen* AuditsScreen::openAudit(const QString& auditId) {
    if (m_form && m_form->auditId() == auditId) {
        m_stack->setCurrentWidget(m_formPage);
        return m_form;
    }
    delete m_form;
    m_form = nullptr;
    try {
        m_form = new AuditFormScreen(m_session, auditId, m_formPage);
    } catch (const std::exception& e) {
        showError(this, tr("The audit could not be opened"), e);
        return nullptr;
    }
    m_formLayout->addWidget(m_form, 1);
    m_stack->setCurrentWidget(m_formPage);
    int row = m_model->rowOf(auditId);
    if (row >= 0)
        m_view->selectRow(m_filter->mapFromSource(m_model->index(row, 0)).row());
    return m_form;
}

AuditFormScreen* AuditsScreen::openOrStartAudit(const QString& companyId, const QString& companyName,
                                                const QString& visitOrMeasureId) {
    auto audits =
        AuditListQuery(m_session.database()).ofOwner(visitOrMeasureId.toStdString(), companyId.toStdString());
    if (audits.empty())
        return newAudit(companyId, companyName, visitOrMeasureId);
    if (audits.size() == 1)
        return openAudit(QString::fromStdString(audits.front().id));
    // Several forms were filled in for it (a technology audit and a business review, say): which one?
    QStringList choices;
    for (const auto& audit : audits)
        choices << (audit.status == "completed"
                        ? tr("%1 – completed %2")
                              .arg(QString::fromStdString(audit.templateTitle),
                                   QString::fromStdString(audit.completedAt.substr(0, 10)))
                        : tr("%1 – draft, %n answers", nullptr, audit.answers)
                              .arg(QString::fromStdString(audit.templateTitle)));
    choices << tr("Start another audit…");
    bool chosen = false;
    QString choice =
        QInputDialog::getItem(this, tr("Audit Form"),
                              tr("Audits of %1 done during this visit or support measure:").arg(companyName),
                              choices, 0, false, &chosen);
    if (!chosen)
        return nullptr;
    const auto index = static_cast<std::size_t>(choices.indexOf(choice));
    if (index >= audits.size())
        return newAudit(companyId, companyName, visitOrMeasureId);
    return openAudit(QString::fromStdString(audits[index].id));
}

void AuditsScreen::deleteCurrent() {
    QString id = currentId();
    if (id.isEmpty())
        return;
    int row = m_view->currentIndex().row();
    if (askDeleteAudit(this, m_session, id) && m_filter->rowCount() > 0)
        m_view->selectRow(std::min(row, m_filter->rowCount() - 1));
    updateButtons();
}

void AuditsScreen::onRecordsChanged(const QList<RecordRef>& records) {
    if (!m_form)
        return;
    for (const RecordRef& record : records) {
        if (record.table != QLatin1String("audit") || record.id != m_form->auditId())
            continue;
        if (AuditListQuery(m_session.database()).row(record.id.toStdString()))
            return;
        // Deleted: nothing is left to type into. Later, so that a form sending this signal is not
        // destroyed under its own feet.
        if (m_stack->currentWidget() == m_formPage)
            m_stack->setCurrentIndex(0);
        m_form->hide();
        m_form->deleteLater();
        m_form = nullptr;
        return;
    }
}

void AuditsScreen::showList() {
    if (m_form) {
        m_form->flush();
        int row = m_filter->mapFromSource(m_model->index(m_model->rowOf(m_form->auditId()), 0)).row();
        if (row >= 0)
            m_view->selectRow(row);
    }
    m_stack->setCurrentIndex(0);
    m_view->setFocus();
}

} // namespace clusterdesk::ui
