#include "widgets/record_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "widgets/error_dialog.h"
#include "widgets/record_form.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace clusterdesk::ui {

RecordEditor::RecordEditor(Session& session, const QString& table, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tables{table}
    , m_heading(new QLabel(this))
    , m_form(new RecordForm)
    , m_body(new QWidget)
    , m_extras(new QVBoxLayout) {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->addWidget(m_form);
    m_extras->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_extras);
    bodyLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_save->setToolTip(tr("Save the changes (Enter)"));
    m_revert->setToolTip(tr("Forget the changes and show what is stored (Escape)"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(m_form, &RecordForm::edited, this, &RecordEditor::markEdited);
    connect(m_form, &RecordForm::submitted, this, &RecordEditor::save);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &RecordEditor::revert);
    connect(&session, &Session::recordsChanged, this, &RecordEditor::onRecordsChanged);
    connect(&session, &Session::reloadNeeded, this, [this] {
        if (!m_dirty && !m_id.isEmpty())
            showRecord(m_id);
    });
    showRecord({});
}

void RecordEditor::showRecord(const QString& id) {
    m_id = id;
    m_new = false;
    m_dirty = false;
    m_loading = true;
    bool found = false;
    bool deleted = false;
    if (!id.isEmpty()) {
        try {
            loadRecord(id.toStdString());
            found = true;
        } catch (const NotFoundError&) {
            deleted = true;
            m_id.clear();
        }
    }
    m_loading = false;
    // Long values show from their start, not scrolled to the end where setText left the cursor.
    for (auto* edit : m_body->findChildren<QLineEdit*>())
        edit->setCursorPosition(0);
    setEditable(found);
    if (found)
        m_heading->setText(heading());
    else if (deleted)
        m_heading->setText(tr("This record is deleted. Restore it to see and change it."));
    else
        m_heading->setText(tr("Choose a record in the list, or create a new one."));
    m_form->setProblems({});
    refreshState();
}

void RecordEditor::startNew() {
    m_id.clear();
    m_new = true;
    m_loading = true;
    clearForNew();
    m_loading = false;
    setEditable(true);
    m_heading->setText(heading());
    m_dirty = true;
    m_form->setProblems(problems());
    refreshState();
    if (QWidget* first = m_form->firstField())
        first->setFocus();
}

void RecordEditor::setEditable(bool editable) {
    m_body->setVisible(editable);
}

void RecordEditor::markEdited() {
    if (m_loading)
        return;
    m_dirty = true;
    m_form->setProblems(problems());
    refreshState();
}

void RecordEditor::refreshState() {
    bool shown = m_new || !m_id.isEmpty();
    bool valid = true;
    if (shown && m_dirty)
        valid = problems().empty();
    m_save->setEnabled(shown && m_dirty && valid);
    m_revert->setEnabled(shown && m_dirty);
}

bool RecordEditor::confirmLeave() {
    if (!m_dirty)
        return true;
    auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The record you were editing has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_dirty = false;
    return true;
}

bool RecordEditor::save() {
    if (!m_dirty)
        return true;
    auto found = problems();
    if (!found.empty()) {
        m_form->setProblems(found);
        return false;
    }
    std::unique_ptr<RepositoryCommand> command = saveCommand();
    if (!command || command->isEmpty()) {
        m_dirty = false;
        refreshState();
        return true;
    }
    std::string id = command->firstId();
    // The flag goes first: the command's announcement reloads the pane only when nothing is pending.
    m_dirty = false;
    if (!runCommand(std::move(command))) {
        m_dirty = true;
        refreshState();
        return false;
    }
    if (m_new)
        showRecord(QString::fromStdString(id));
    emit saved(QString::fromStdString(id));
    return true;
}

bool RecordEditor::runCommand(std::unique_ptr<RepositoryCommand> command) {
    try {
        m_session.execute(std::move(command));
        return true;
    } catch (const ValidationError& e) {
        m_form->setProblems(e.errors());
    } catch (const std::exception& e) {
        showError(this, tr("The change was not saved"), e);
    }
    return false;
}

void RecordEditor::revert() {
    if (m_new)
        showRecord({});
    else
        showRecord(m_id);
}

void RecordEditor::onRecordsChanged(const QList<RecordRef>& records) {
    if (m_id.isEmpty() || m_dirty)
        return;
    for (const auto& r : records)
        if (m_tables.contains(r.table) && r.id == m_id)
            return showRecord(m_id);
}

} // namespace clusterdesk::ui
