#include "screens/cluster_editor.h"

#include "app/session.h"
#include "commands/repository_command.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "storage/catalogue_query.h"
#include "widgets/record_form.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clusterdesk::ui {

ClusterEditor::ClusterEditor(Session& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("cluster"), parent) {
    RecordForm* f = form();
    m_name = f->addLine(QStringLiteral("name"), tr("&Name"));
    m_sector = f->addLine(QStringLiteral("sector"), tr("&Sector"), tr("e.g. textile"));
    m_region = f->addCombo(QStringLiteral("region"), tr("&Region"));
    fillRegionCombo(m_region, CatalogueQuery(session.database()).regions());
    m_organisation = f->addLine(QStringLiteral("organisation"), tr("&Organisation"),
                                tr("the cluster-management organisation"));
    f->addSection(tr("Budget for the funnel"));
    m_budgetDays = f->addNumber(QStringLiteral("budget_days"), tr("Expert &days"), tr("e.g. 20"));
    m_budgetEur = f->addNumber(QStringLiteral("budget_eur"), tr("&Euros"), tr("e.g. 20000"));
    m_notes = f->addText(QStringLiteral("notes"), tr("N&otes"));

    m_labelTable = new QTableWidget(0, 3, this);
    m_labelTable->setHorizontalHeaderLabels({tr("Label"), tr("Awarded"), tr("Expires")});
    m_labelTable->horizontalHeader()->setStretchLastSection(true);
    m_labelTable->verticalHeader()->hide();
    m_labelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_labelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_labelTable->setMaximumHeight(120);
    m_newLevel = new QComboBox(this);
    for (const auto& [level, code] : EnumNames<LabelLevel>::values)
        m_newLevel->addItem(labelLevelName(std::string(code)), QString::fromUtf8(code.data(), code.size()));
    m_newAwarded = new QLineEdit(this);
    m_newAwarded->setPlaceholderText(tr("awarded YYYY-MM-DD"));
    m_addLabel = new QPushButton(tr("Add label"), this);
    m_removeLabel = new QPushButton(tr("Remove"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_newLevel);
    row->addWidget(m_newAwarded, 1);
    row->addWidget(m_addLabel);
    row->addWidget(m_removeLabel);
    extrasLayout()->addWidget(new QLabel(
        tr("<b>Excellence labels</b> (each valid %1 years)").arg(ExcellenceLabel::kValidityYears), this));
    extrasLayout()->addWidget(m_labelTable);
    extrasLayout()->addLayout(row);
    connect(m_addLabel, &QPushButton::clicked, this, &ClusterEditor::addLabel);
    connect(m_newAwarded, &QLineEdit::returnPressed, this, &ClusterEditor::addLabel);
    connect(m_removeLabel, &QPushButton::clicked, this, &ClusterEditor::removeLabel);
}

void ClusterEditor::loadRecord(const std::string& id) {
    Cluster c = session().repository().clusters().get(id);
    m_stored = c;
    m_name->setText(QString::fromStdString(c.name));
    m_sector->setText(QString::fromStdString(c.sector));
    selectCode(m_region, c.region);
    m_organisation->setText(QString::fromStdString(c.organisation));
    m_budgetDays->setText(toText(c.budgetDays));
    m_budgetEur->setText(toText(c.budgetEur));
    m_notes->setPlainText(QString::fromStdString(c.notes));
    m_storedLabels = session().repository().labels().where("cluster_id = ?", {Value{id}}, "awarded");
    m_labels = m_storedLabels;
    showLabels();
}

void ClusterEditor::clearForNew() {
    m_stored.reset();
    for (QLineEdit* edit : {m_name, m_sector, m_organisation, m_budgetDays, m_budgetEur})
        edit->clear();
    m_region->setCurrentIndex(0);
    m_notes->clear();
    m_storedLabels.clear();
    m_labels.clear();
    showLabels();
}

void ClusterEditor::showLabels() {
    m_labelTable->setRowCount(static_cast<int>(m_labels.size()));
    for (int r = 0; r < static_cast<int>(m_labels.size()); ++r) {
        const auto& l = m_labels[static_cast<std::size_t>(r)];
        m_labelTable->setItem(r, 0, new QTableWidgetItem(labelLevelName(toCode(l.level))));
        m_labelTable->setItem(r, 1, new QTableWidgetItem(toText(l.awarded)));
        m_labelTable->setItem(r, 2, new QTableWidgetItem(toText(l.expires)));
    }
}

void ClusterEditor::addLabel() {
    auto awarded = Date::parse(m_newAwarded->text().trimmed().toStdString());
    if (!awarded) {
        m_newAwarded->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
        m_newAwarded->setToolTip(tr("Write the award date as YYYY-MM-DD"));
        return;
    }
    m_newAwarded->setStyleSheet({});
    m_newAwarded->setToolTip({});
    ExcellenceLabel label;
    label.level =
        fromCode<LabelLevel>(m_newLevel->currentData().toString().toStdString()).value_or(LabelLevel{});
    label.awarded = *awarded;
    label.expires = awarded->addMonths(12 * ExcellenceLabel::kValidityYears).addDays(-1);
    m_labels.push_back(label);
    m_newAwarded->clear();
    showLabels();
    markEdited();
}

void ClusterEditor::removeLabel() {
    int row = m_labelTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_labels.size()))
        return;
    m_labels.erase(m_labels.begin() + row);
    showLabels();
    markEdited();
}

Cluster ClusterEditor::collect(FieldReader& reader) const {
    Cluster c = m_stored.value_or(Cluster{});
    c.name = reader.text(m_name);
    c.sector = reader.text(m_sector);
    c.region = reader.code(m_region);
    c.organisation = reader.text(m_organisation);
    c.budgetDays = reader.number(m_budgetDays, "budget_days");
    c.budgetEur = reader.number(m_budgetEur, "budget_eur");
    c.notes = reader.text(m_notes);
    return c;
}

std::vector<FieldError> ClusterEditor::problems() {
    FieldReader reader;
    Cluster c = collect(reader);
    return reader.merged(validate(c));
}

std::unique_ptr<RepositoryCommand> ClusterEditor::saveCommand() {
    FieldReader reader;
    Cluster c = collect(reader);
    if (c.id.empty())
        c.id = newUuid();
    auto command = std::make_unique<RepositoryCommand>(
        session(), m_stored ? tr("Edit cluster “%1”").arg(QString::fromStdString(c.name))
                            : tr("Create cluster “%1”").arg(QString::fromStdString(c.name)));
    command->save(m_stored, c);
    for (auto label : m_labels)
        if (label.id.empty()) {
            label.clusterId = c.id;
            command->create(label);
        }
    for (const auto& stored : m_storedLabels) {
        bool kept = std::any_of(m_labels.begin(), m_labels.end(),
                                [&](const ExcellenceLabel& l) { return l.id == stored.id; });
        if (!kept)
            command->remove<ExcellenceLabel>(stored.id);
    }
    return command;
}

QString ClusterEditor::heading() const {
    return m_stored ? QString::fromStdString(m_stored->name) : tr("New cluster");
}

} // namespace clusterdesk::ui
