#include "screens/seminar_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/validation.h"
#include "widgets/cluster_checklist.h"
#include "widgets/record_form.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clusterdesk::ui {

SeminarEditor::SeminarEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("seminar"), parent) {
    RecordForm* f = form();
    m_title = f->addLine(QStringLiteral("title"), tr("&Title"));
    m_date = f->addDate(QStringLiteral("date"), tr("&Date"));
    m_place = f->addLine(QStringLiteral("place"), tr("&Place"));
    m_topics = f->addLine(QStringLiteral("topics"), tr("To&pics"), tr("e.g. Horizon Europe; EEN services"));
    m_presenters = f->addLine(QStringLiteral("presenters"), tr("Pre&senters"));
    m_clusters = new ClusterChecklist(session, this);
    f->addRow(QStringLiteral("cluster_ids"), tr("Organised by"), m_clusters);
    m_notes = f->addText(QStringLiteral("notes"), tr("N&otes"));
    connect(m_clusters, &ClusterChecklist::edited, this, &SeminarEditor::markEdited);

    m_attendance = new QPushButton(tr("&Log attendance…"), this);
    m_attendance->setToolTip(tr("Tick who came, add walk-ins (Enter on the list does the same)"));
    extrasLayout()->addWidget(m_attendance, 0, Qt::AlignLeft);
    connect(m_attendance, &QPushButton::clicked, this, [this] {
        if (!recordId().isEmpty() && confirmLeave())
            emit attendanceRequested(recordId());
    });
}

void SeminarEditor::loadRecord(const std::string& id) {
    Seminar s = session().repository().seminars().get(id);
    m_stored = s;
    m_title->setText(QString::fromStdString(s.title));
    m_date->setText(toText(s.date));
    m_place->setText(QString::fromStdString(s.place));
    m_topics->setText(QString::fromStdString(s.topics));
    m_presenters->setText(QString::fromStdString(s.presenters));
    m_notes->setPlainText(QString::fromStdString(s.notes));
    m_clusters->setCheckedIds(s.clusterIds);
    m_attendance->setEnabled(true);
}

void SeminarEditor::clearForNew() {
    m_stored.reset();
    for (QLineEdit* edit : {m_title, m_place, m_topics, m_presenters})
        edit->clear();
    m_date->setText(toText(Date::today()));
    m_notes->clear();
    m_clusters->setCheckedIds({});
    m_attendance->setEnabled(false);
}

Seminar SeminarEditor::collect(FieldReader& reader) const {
    Seminar s = m_stored.value_or(Seminar{});
    s.title = reader.text(m_title);
    s.date = reader.requiredDate(m_date, "date");
    s.place = reader.text(m_place);
    s.topics = reader.text(m_topics);
    s.presenters = reader.text(m_presenters);
    s.notes = reader.text(m_notes);
    s.clusterIds = m_clusters->checkedIds();
    return s;
}

std::vector<FieldError> SeminarEditor::problems() {
    FieldReader reader;
    Seminar s = collect(reader);
    return reader.merged(validate(s));
}

std::unique_ptr<RepositoryCommand> SeminarEditor::saveCommand() {
    FieldReader reader;
    Seminar s = collect(reader);
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit seminar “%1”").arg(QString::fromStdString(s.title))
                            : tr("Create seminar “%1”").arg(QString::fromStdString(s.title)));
    command->save(m_stored, s);
    return command;
}

QString SeminarEditor::heading() const {
    return m_stored ? QString::fromStdString(m_stored->title) : tr("New seminar");
}

} // namespace clusterdesk::ui
