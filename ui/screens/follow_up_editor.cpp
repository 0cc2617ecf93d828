#include "screens/follow_up_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "dialogs/contact_attempt_dialog.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/company_picker.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clusterdesk::ui {

FollowUpEditor::FollowUpEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("follow_up"), parent) {
    CatalogueQuery catalogue(session.database());
    RecordForm* f = form();
    m_title =
        f->addLine(QStringLiteral("title"), tr("&What"), tr("e.g. Ask whether the EIC application was sent"));
    m_company = new CompanyPicker(session, this);
    f->addRow(QStringLiteral("company_id"), tr("&Company"), m_company);
    m_cluster = f->addCombo(QStringLiteral("cluster_id"), tr("C&luster"));
    fillCombo(m_cluster, catalogue.clusters(), tr("(choose)"));
    m_due = f->addDate(QStringLiteral("due_date"), tr("&Due"));
    m_owner = f->addCombo(QStringLiteral("owner_id"), tr("&Owner"));
    fillCombo(m_owner, catalogue.staff(), tr("(nobody yet)"));
    m_status = f->addCombo(QStringLiteral("status"), tr("&Status"));
    for (const auto& [value, code] : EnumNames<FollowUpStatus>::values)
        m_status->addItem(followUpStatusName(std::string(code)), QString::fromUtf8(code.data(), code.size()));
    m_completedOn = f->addDate(QStringLiteral("completed_on"), tr("Completed &on"));
    connect(m_company, &QLineEdit::textEdited, this, &FollowUpEditor::markEdited);
    connect(m_company, &CompanyPicker::companyChosen, this, &FollowUpEditor::markEdited);

    m_actions = new QWidget(this);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    auto* answered = new QPushButton(tr("&Answered…"), m_actions);
    auto* noAnswer = new QPushButton(tr("No a&nswer…"), m_actions);
    auto* done = new QPushButton(tr("Co&mplete"), m_actions);
    auto* later = new QPushButton(tr("Re&schedule…"), m_actions);
    answered->setToolTip(tr("Log a contact attempt in which the company answered"));
    noAnswer->setToolTip(tr("Log a contact attempt that went unanswered"));
    done->setToolTip(tr("Mark the follow-up done today"));
    later->setToolTip(tr("Move the due date"));
    for (auto* button : {answered, noAnswer, done, later})
        actions->addWidget(button);
    actions->addStretch(1);
    connect(answered, &QPushButton::clicked, this, [this] { askContactAttempt(true); });
    connect(noAnswer, &QPushButton::clicked, this, [this] { askContactAttempt(false); });
    connect(done, &QPushButton::clicked, this, [this] { complete(Date::today()); });
    connect(later, &QPushButton::clicked, this, &FollowUpEditor::askReschedule);

    m_attempts = new QTableWidget(0, 4, this);
    m_attempts->setHorizontalHeaderLabels({tr("Date"), tr("Channel"), tr("Answered"), tr("Note")});
    m_attempts->verticalHeader()->hide();
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setMaximumHeight(150);
    extrasLayout()->addWidget(m_actions);
    extrasLayout()->addWidget(new QLabel(tr("<b>Contact attempts</b>"), this));
    extrasLayout()->addWidget(m_attempts);
}

void FollowUpEditor::loadRecord(const std::string& id) {
    FollowUp fu = session().repository().followUps().get(id);
    m_stored = fu;
    m_title->setText(QString::fromStdString(fu.title));
    m_company->setCompany(
        QString::fromStdString(fu.companyId),
        QString::fromStdString(CatalogueQuery(session().database()).companyName(fu.companyId)));
    selectCode(m_cluster, fu.clusterId);
    m_due->setText(toText(fu.dueDate));
    selectCode(m_owner, fu.ownerId);
    selectCode(m_status, toCode(fu.status));
    m_completedOn->setText(toText(fu.completedOn));
    m_actions->setEnabled(true);
    showAttempts(id);
}

void FollowUpEditor::clearForNew() {
    m_stored.reset();
    m_title->clear();
    m_company->clearCompany();
    m_cluster->setCurrentIndex(0);
    m_due->setText(toText(Date::today().addMonths(1)));
    m_owner->setCurrentIndex(0);
    selectCode(m_status, "open");
    m_completedOn->clear();
    m_actions->setEnabled(false);
    showAttempts({});
}

void FollowUpEditor::showAttempts(const std::string& followUpId) {
    auto attempts = followUpId.empty() ? std::vector<ContactAttempt>{}
                                       : session().repository().contactAttempts().where(
                                             "follow_up_id = ?", {Value{followUpId}}, "date DESC");
    m_attempts->setRowCount(static_cast<int>(attempts.size()));
    for (int row = 0; row < m_attempts->rowCount(); ++row) {
        const auto& a = attempts[static_cast<std::size_t>(row)];
        m_attempts->setItem(row, 0, new QTableWidgetItem(toText(a.date)));
        m_attempts->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(a.channel)));
        m_attempts->setItem(row, 2, new QTableWidgetItem(a.answered ? tr("yes") : tr("no")));
        m_attempts->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(a.note)));
    }
}

FollowUp FollowUpEditor::collect(FieldReader& reader) const {
    FollowUp fu = m_stored.value_or(FollowUp{});
    fu.title = reader.text(m_title);
    fu.companyId = m_company->companyId().toStdString();
    if (fu.companyId.empty() && !m_company->text().trimmed().isEmpty())
        reader.add("company_id", tr("choose the company from the list that opens as you type").toStdString());
    fu.clusterId = reader.code(m_cluster);
    fu.dueDate = reader.requiredDate(m_due, "due_date");
    fu.ownerId = reader.code(m_owner);
    fu.status = fromCode<FollowUpStatus>(reader.code(m_status)).value_or(FollowUpStatus::Open);
    fu.completedOn = reader.date(m_completedOn, "completed_on");
    return fu;
}

std::vector<FieldError> FollowUpEditor::problems() {
    FieldReader reader;
    FollowUp fu = collect(reader);
    return reader.merged(validate(fu));
}

std::unique_ptr<RepositoryCommand> FollowUpEditor::saveCommand() {
    FieldReader reader;
    FollowUp fu = collect(reader);
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit follow-up “%1”").arg(QString::fromStdString(fu.title))
                            : tr("Create follow-up “%1”").arg(QString::fromStdString(fu.title)));
    command->save(m_stored, fu);
    return command;
}

QString FollowUpEditor::heading() const {
    return m_stored ? QString::fromStdString(m_stored->title) : tr("New follow-up");
}

bool FollowUpEditor::changeStored(const QString& text, const std::function<void(FollowUp&)>& change) {
    if (!m_stored || !confirmLeave())
        return false;
    FollowUp after = *m_stored;
    change(after);
    auto command = std::make_unique<RepositoryCommand>(session(), text);
    command->save(m_stored, after);
    return runCommand(std::move(command));
}

bool FollowUpEditor::addContactAttempt(ContactAttempt attempt) {
    if (!m_stored || !confirmLeave())
        return false;
    attempt.followUpId = m_stored->id;
    auto command = std::make_unique<RepositoryCommand>(
        session(), attempt.answered ? tr("Contact attempt (answered)") : tr("Contact attempt (no answer)"));
    command->create(attempt);
    command->alsoRefresh("follow_up", m_stored->id);
    return runCommand(std::move(command));
}

bool FollowUpEditor::complete(const Date& on) {
    return changeStored(tr("Complete “%1”").arg(QString::fromStdString(m_stored ? m_stored->title : "")),
                        [&](FollowUp& fu) {
                            fu.status = FollowUpStatus::Done;
                            fu.completedOn = on;
                        });
}

bool FollowUpEditor::reschedule(const Date& due) {
    return changeStored(tr("Reschedule “%1”").arg(QString::fromStdString(m_stored ? m_stored->title : "")),
                        [&](FollowUp& fu) { fu.dueDate = due; });
}

void FollowUpEditor::askContactAttempt(bool answered) {
    if (!m_stored)
        return;
    ContactAttemptDialog dialog(QString::fromStdString(m_stored->title), answered, this);
    if (dialog.exec() == QDialog::Accepted)
        addContactAttempt(dialog.attempt());
}

void FollowUpEditor::askReschedule() {
    if (!m_stored)
        return;
    QString suggestion = toText(std::max(m_stored->dueDate, Date::today()).addMonths(1));
    for (;;) {
        bool ok = false;
        QString text = QInputDialog::getText(this, tr("Reschedule"), tr("New due date (YYYY-MM-DD):"),
                                             QLineEdit::Normal, suggestion, &ok);
        if (!ok)
            return;
        if (auto due = Date::parse(text.trimmed().toStdString())) {
            reschedule(*due);
            return;
        }
        QMessageBox::information(this, tr("Reschedule"),
                                 tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
        suggestion = text;
    }
}

} // namespace clusterdesk::ui
