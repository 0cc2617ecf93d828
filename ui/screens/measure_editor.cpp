#include "screens/measure_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/company_picker.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace clusterdesk::ui {

MeasureEditor::MeasureEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("support_measure"), parent) {
    CatalogueQuery catalogue(session.database());
    RecordForm* f = form();
    m_cluster = f->addCombo(QStringLiteral("cluster_id"), tr("C&luster"));
    fillCombo(m_cluster, catalogue.clusters(), tr("(choose)"));
    m_kind = f->addCombo(QStringLiteral("kind"), tr("&Kind"));
    fillCombo(m_kind, catalogue.measureKinds());
    m_title = f->addLine(QStringLiteral("title"), tr("&Title"));
    m_start = f->addDate(QStringLiteral("start_date"), tr("&Start"));
    m_end = f->addDate(QStringLiteral("end_date"), tr("&End"));
    m_status = f->addCombo(QStringLiteral("status"), tr("Stat&us"));
    for (const auto& [value, code] : EnumNames<MeasureStatus>::values)
        m_status->addItem(measureStatusName(std::string(code)), QString::fromUtf8(code.data(), code.size()));
    m_outcome = f->addText(QStringLiteral("outcome_notes"), tr("&Outcome"));

    auto* companies = new QWidget(this);
    auto* layout = new QVBoxLayout(companies);
    layout->setContentsMargins(0, 0, 0, 0);
    m_companies = new QListWidget(companies);
    m_companies->setMaximumHeight(120);
    m_picker = new CompanyPicker(session, companies);
    auto* add = new QPushButton(tr("&Add"), companies);
    auto* remove = new QPushButton(tr("Remove"), companies);
    auto* row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addWidget(m_companies);
    layout->addLayout(row);
    f->addRow(QStringLiteral("company_ids"), tr("For the companies"), companies);
    m_audit = new QPushButton(tr("Au&dit form…"), this);
    extrasLayout()->addWidget(m_audit, 0, Qt::AlignLeft);
    connect(m_audit, &QPushButton::clicked, this, &MeasureEditor::requestAudit);
    connect(add, &QPushButton::clicked, this, &MeasureEditor::addPickedCompany);
    connect(m_picker, &CompanyPicker::companyChosen, this, [this](const QString& id) {
        if (!id.isEmpty())
            addPickedCompany();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_companies->currentItem();
        markEdited();
    });
}

void MeasureEditor::addPickedCompany() {
    QString id = m_picker->companyId();
    if (id.isEmpty())
        return;
    for (int i = 0; i < m_companies->count(); ++i)
        if (m_companies->item(i)->data(Qt::UserRole).toString() == id)
            return m_picker->clearCompany();
    auto* item = new QListWidgetItem(m_picker->text(), m_companies);
    item->setData(Qt::UserRole, id);
    m_picker->clearCompany();
    markEdited();
}

void MeasureEditor::showCompanies(const std::vector<std::string>& ids) {
    m_companies->clear();
    CatalogueQuery catalogue(session().database());
    for (const auto& id : ids) {
        auto* item = new QListWidgetItem(QString::fromStdString(catalogue.companyName(id)), m_companies);
        item->setData(Qt::UserRole, QString::fromStdString(id));
    }
}

void MeasureEditor::loadRecord(const std::string& id) {
    SupportMeasure m = session().repository().measures().get(id);
    m_stored = m;
    selectCode(m_cluster, m.clusterId);
    selectCode(m_kind, m.kind);
    m_title->setText(QString::fromStdString(m.title));
    m_start->setText(toText(m.startDate));
    m_end->setText(toText(m.endDate));
    selectCode(m_status, toCode(m.status));
    m_outcome->setPlainText(QString::fromStdString(m.outcomeNotes));
    showCompanies(m.companyIds);
    m_picker->clearCompany();
    updateAuditButton();
}

void MeasureEditor::clearForNew() {
    m_stored.reset();
    m_cluster->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_title->clear();
    m_start->setText(toText(Date::today()));
    m_end->clear();
    m_status->setCurrentIndex(0);
    m_outcome->clear();
    showCompanies({});
    m_picker->clearCompany();
    updateAuditButton();
}

void MeasureEditor::updateAuditButton() {
    if (!m_stored) {
        m_audit->setEnabled(false);
        m_audit->setToolTip(tr("Save the support measure first: an audit form is filled in for a recorded "
                               "measure"));
    } else if (m_stored->companyIds.empty()) {
        m_audit->setEnabled(false);
        m_audit->setToolTip(tr("Add the company it is for and save: an audit form is filled in for one "
                               "company"));
    } else {
        m_audit->setEnabled(true);
        m_audit->setToolTip(
            m_stored->companyIds.size() == 1
                ? tr("Open the company's audit for this measure (innovation audit, "
                     "eco-innovation audit, competence mapping, export readiness), or start one")
                : tr("Open the audit for this measure of the company chosen in the list above, "
                     "or start one"));
    }
}

void MeasureEditor::requestAudit() {
    if (!m_stored || m_stored->companyIds.empty())
        return;
    // The company is taken before saving: saving shows the list again, without its selection.
    QString companyId;
    if (QListWidgetItem* chosen = m_companies->currentItem(); chosen && chosen->isSelected())
        companyId = chosen->data(Qt::UserRole).toString();
    else if (m_companies->count() == 1)
        companyId = m_companies->item(0)->data(Qt::UserRole).toString();
    if (companyId.isEmpty()) {
        QMessageBox::information(this, tr("Audit Form"),
                                 tr("This measure is for several companies: choose in the list the one "
                                    "whose audit form to open."));
        m_companies->setFocus();
        return;
    }
    if (!confirmLeave() || !m_stored)
        return;
    const auto& ids = m_stored->companyIds;
    if (std::find(ids.begin(), ids.end(), companyId.toStdString()) == ids.end())
        return;
    emit auditRequested(
        companyId,
        QString::fromStdString(CatalogueQuery(session().database()).companyName(companyId.toStdString())),
        QString::fromStdString(m_stored->id));
}

SupportMeasure MeasureEditor::collect(FieldReader& reader) const {
    SupportMeasure m = m_stored.value_or(SupportMeasure{});
    m.clusterId = reader.code(m_cluster);
    m.kind = reader.code(m_kind);
    m.title = reader.text(m_title);
    m.startDate = reader.requiredDate(m_start, "start_date");
    m.endDate = reader.date(m_end, "end_date");
    m.status = fromCode<MeasureStatus>(reader.code(m_status)).value_or(MeasureStatus::Planned);
    m.outcomeNotes = reader.text(m_outcome);
    m.companyIds.clear();
    for (int i = 0; i < m_companies->count(); ++i)
        m.companyIds.push_back(m_companies->item(i)->data(Qt::UserRole).toString().toStdString());
    return m;
}

std::vector<FieldError> MeasureEditor::problems() {
    FieldReader reader;
    SupportMeasure m = collect(reader);
    return reader.merged(validate(m));
}

std::unique_ptr<RepositoryCommand> MeasureEditor::saveCommand() {
    FieldReader reader;
    SupportMeasure m = collect(reader);
    QString name = m_kind->currentText();
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit support “%1”").arg(name) : tr("Create support “%1”").arg(name));
    command->save(m_stored, m);
    return command;
}

QString MeasureEditor::heading() const {
    if (!m_stored)
        return tr("New enhanced support");
    return m_stored->title.empty() ? m_kind->currentText() : QString::fromStdString(m_stored->title);
}

} // namespace clusterdesk::ui
