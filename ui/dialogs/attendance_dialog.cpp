#include "dialogs/attendance_dialog.h"

#include "app/session.h"
#include "models/attendance_sheet_model.h"
#include "widgets/company_picker.h"
#include "widgets/error_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clusterdesk::ui {

AttendanceDialog::AttendanceDialog(Session& session, const QString& seminarId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AttendanceSheetModel(session, seminarId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_markAll(new QPushButton(tr("Mark all &registered as attended"), this))
    , m_walkInCompany(new CompanyPicker(session, this))
    , m_walkInPerson(new QLineEdit(this))
    , m_addWalkIn(new QPushButton(tr("&Add walk-in"), this))
    , m_counts(new QLabel(this)) {
    Seminar seminar = session.repository().seminars().get(seminarId.toStdString());
    setWindowTitle(tr("Attendance – %1").arg(QString::fromStdString(seminar.title)));
    QStringList organisers;
    for (const auto& id : seminar.clusterIds)
        if (auto c = session.repository().clusters().find(id))
            organisers << QString::fromStdString(c->name);
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setText(tr("<b>%1</b><br>%2 · %3 · organised by %4")
                         .arg(QString::fromStdString(seminar.title).toHtmlEscaped(),
                              QString::fromStdString(seminar.date.toString()),
                              QString::fromStdString(seminar.place).toHtmlEscaped(),
                              organisers.join(QStringLiteral(", ")).toHtmlEscaped()));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Find a company or person (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AttendanceSheetModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AttendanceSheetModel::Company, QHeaderView::Stretch);
    m_view->setColumnWidth(AttendanceSheetModel::Status, fontMetrics().averageCharWidth() * 14);
    m_view->setColumnWidth(AttendanceSheetModel::OnList, fontMetrics().averageCharWidth() * 12);
    m_view->installEventFilter(this);
    m_view->setToolTip(tr("Type a name's first letters to go to it; Space ticks or unticks"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_markAll);

    m_walkInPerson->setPlaceholderText(tr("Person's name (leave empty for the company only)"));
    auto* walkIn = new QGroupBox(tr("Walk-in: someone who is not on the sheet"), this);
    auto* walkInLayout = new QHBoxLayout(walkIn);
    auto* companyLabel = new QLabel(tr("Compan&y:"), walkIn);
    companyLabel->setBuddy(m_walkInCompany);
    walkInLayout->addWidget(companyLabel);
    walkInLayout->addWidget(m_walkInCompany, 1);
    auto* personLabel = new QLabel(tr("&Person:"), walkIn);
    personLabel->setBuddy(m_walkInPerson);
    walkInLayout->addWidget(personLabel);
    walkInLayout->addWidget(m_walkInPerson, 1);
    walkInLayout->addWidget(m_addWalkIn);

    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_counts->setFont(big);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(walkIn);
    layout->addLayout(bottom);
    resize(900, 640);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, AttendanceSheetModel::Name));
    });
    connect(m_markAll, &QPushButton::clicked, m_model, &AttendanceSheetModel::markAllRegisteredAttended);
    connect(m_addWalkIn, &QPushButton::clicked, this, &AttendanceDialog::addWalkIn);
    connect(m_walkInPerson, &QLineEdit::returnPressed, this, &AttendanceDialog::addWalkIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &AttendanceSheetModel::countsChanged, this, &AttendanceDialog::updateCounts);
    connect(m_model, &AttendanceSheetModel::failed, this,
            [this](const QString& message) { showError(this, tr("The attendance was not saved"), message); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    // Undo works here too: the dialog is a window of its own.
    QAction* undo = session.undoStack()->createUndoAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = session.undoStack()->createRedoAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);

    updateCounts();
    m_view->setFocus();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, AttendanceSheetModel::Name));
}

bool AttendanceDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            // A space right after letters is part of a name being typed ("Ion Po..."); after a pause it
            // ticks.
            if (m_typing.isValid() && m_typing.elapsed() < QApplication::keyboardInputInterval())
                m_view->keyboardSearch(QStringLiteral(" "));
            else
                toggleCurrent();
            m_typing.invalidate();
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isPrint())
            m_typing.start();
    }
    return QDialog::eventFilter(watched, event);
}

void AttendanceDialog::toggleCurrent() {
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    int row = m_proxy->mapToSource(current).row();
    bool attended = m_model->line(row).status == AttendanceStatus::Attended;
    m_model->setAttended(row, !attended);
}

void AttendanceDialog::addWalkIn() {
    QString companyId = m_walkInCompany->companyId();
    QString companyName = m_walkInCompany->text().trimmed();
    if (companyId.isEmpty() && companyName.isEmpty()) {
        m_walkInCompany->setFocus();
        return;
    }
    int row = m_model->addWalkIn(companyId, companyName, m_walkInPerson->text());
    if (row < 0)
        return;
    m_walkInCompany->clearCompany();
    m_walkInPerson->clear();
    m_filter->clear();
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, AttendanceSheetModel::Name)));
    m_walkInCompany->setFocus();
}

void AttendanceDialog::updateCounts() {
    AttendanceCounts c = m_model->counts();
    QString text = tr("Attended: <b>%n companies</b>", nullptr, c.companies) + QStringLiteral(", ") +
                   tr("<b>%n people</b>", nullptr, c.people);
    if (c.registered > 0)
        text += QStringLiteral(" · ") + tr("%n registered not yet ticked", nullptr, c.registered);
    m_counts->setText(text);
    m_markAll->setEnabled(c.registered > 0);
}

} // namespace clusterdesk::ui
