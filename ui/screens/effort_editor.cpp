#include "screens/effort_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/validation.h"
#include "storage/catalogue_query.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace clusterdesk::ui {

EffortEditor::EffortEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("effort"), parent) {
    CatalogueQuery catalogue(session.database());
    RecordForm* f = form();
    m_person = f->addCombo(QStringLiteral("person_id"), tr("E&xpert"));
    fillCombo(m_person, catalogue.staff(), tr("(choose)"));
    m_cluster = f->addCombo(QStringLiteral("cluster_id"), tr("C&luster"));
    fillCombo(m_cluster, catalogue.clusters(), tr("(choose)"));
    m_phase = f->addCombo(QStringLiteral("phase"), tr("&Phase"));
    m_phase->addItem(tr("1 – Information seminar"), 1);
    m_phase->addItem(tr("2 – Company visit"), 2);
    m_phase->addItem(tr("3 – Enhanced support"), 3);
    m_date = f->addDate(QStringLiteral("date"), tr("&Date"));
    m_days = f->addNumber(QStringLiteral("days"), tr("Da&ys"), tr("e.g. 1.5"));
    m_dayRate = f->addNumber(QStringLiteral("day_rate_eur"), tr("Day &rate (EUR)"));
    m_cost = new QLabel(this);
    f->addRow(QStringLiteral("cost"), tr("Cost"), m_cost);
    m_note = f->addLine(QStringLiteral("note"), tr("&Note"));
    connect(m_person, &QComboBox::activated, this, &EffortEditor::personChosen);
}

void EffortEditor::personChosen() {
    // A new booking takes the expert's current day rate.
    if (m_stored)
        return;
    if (auto person = session().repository().people().find(m_person->currentData().toString().toStdString()))
        m_dayRate->setText(toText(person->dayRateEur));
    markEdited();
}

void EffortEditor::loadRecord(const std::string& id) {
    Effort e = session().repository().effort().get(id);
    m_stored = e;
    selectCode(m_person, e.personId);
    selectCode(m_cluster, e.clusterId);
    m_phase->setCurrentIndex(m_phase->findData(e.phase));
    m_date->setText(toText(e.date));
    m_days->setText(toText(std::optional<double>(e.days)));
    m_dayRate->setText(toText(e.dayRateEur));
    m_note->setText(QString::fromStdString(e.note));
    m_cost->setText(QLocale().toString(e.costEur(), 'f', 0) + QStringLiteral(" EUR"));
}

void EffortEditor::clearForNew() {
    m_stored.reset();
    m_person->setCurrentIndex(0);
    m_cluster->setCurrentIndex(0);
    m_phase->setCurrentIndex(0);
    m_date->setText(toText(Date::today()));
    for (QLineEdit* edit : {m_days, m_dayRate, m_note})
        edit->clear();
    m_cost->clear();
}

Effort EffortEditor::collect(FieldReader& reader) const {
    Effort e = m_stored.value_or(Effort{});
    e.personId = reader.code(m_person);
    e.clusterId = reader.code(m_cluster);
    e.phase = m_phase->currentData().toInt();
    e.date = reader.requiredDate(m_date, "date");
    e.days = reader.number(m_days, "days").value_or(0);
    e.dayRateEur = reader.number(m_dayRate, "day_rate_eur");
    e.note = reader.text(m_note);
    return e;
}

std::vector<FieldError> EffortEditor::problems() {
    FieldReader reader;
    Effort e = collect(reader);
    m_cost->setText(QLocale().toString(e.costEur(), 'f', 0) + QStringLiteral(" EUR"));
    return reader.merged(validate(e));
}

std::unique_ptr<RepositoryCommand> EffortEditor::saveCommand() {
    FieldReader reader;
    Effort e = collect(reader);
    QString who = m_person->currentText();
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit expert days of %1").arg(who) : tr("Book expert days of %1").arg(who));
    command->save(m_stored, e);
    return command;
}

QString EffortEditor::heading() const {
    if (!m_stored)
        return tr("New booking of expert days");
    return tr("%1 – %2").arg(m_person->currentText(), toText(m_stored->date));
}

} // namespace clusterdesk::ui
