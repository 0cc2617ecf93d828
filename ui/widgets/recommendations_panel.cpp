#include "widgets/recommendations_panel.h"

#include "dialogs/instrument_dialog.h"
#include "domain/validation.h"
#include "models/display_names.h"
#include "widgets/field_values.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clusterdesk::ui {

namespace {
enum Column { TextColumn, InstrumentColumn, PriorityColumn, StatusColumn, DueColumn, ColumnCount };
}

RecommendationsPanel::RecommendationsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_text(new QLineEdit(this))
    , m_instrument(new QLabel(this))
    , m_chooseInstrument(new QPushButton(tr("C&hoose…"), this))
    , m_priority(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_due(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add &recommendation"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_details(new QWidget(this)) {
    m_table->setHorizontalHeaderLabels(
        {tr("Recommendation"), tr("Instrument"), tr("Priority"), tr("Status"), tr("Due")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InstrumentColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(InstrumentColumn, fontMetrics().averageCharWidth() * 16);
    for (int column : {PriorityColumn, StatusColumn, DueColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(150);
    for (const auto& [value, code] : EnumNames<Priority>::values)
        m_priority->addItem(priorityName(std::string(code)), QString::fromUtf8(code.data(), code.size()));
    for (const auto& [value, code] : EnumNames<RecommendationStatus>::values)
        m_status->addItem(recommendationStatusName(std::string(code)),
                          QString::fromUtf8(code.data(), code.size()));
    m_due->setPlaceholderText(tr("YYYY-MM-DD"));
    m_text->setPlaceholderText(tr("What the company should do"));
    m_instrument->setWordWrap(true);

    auto* instrumentRow = new QHBoxLayout;
    instrumentRow->setContentsMargins(0, 0, 0, 0);
    instrumentRow->addWidget(m_instrument, 1);
    instrumentRow->addWidget(m_chooseInstrument);
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Te&xt"), m_text);
    form->addRow(tr("Instrument"), instrumentRow);
    auto* line = new QHBoxLayout;
    line->addWidget(m_priority);
    line->addWidget(m_status);
    line->addWidget(new QLabel(tr("due"), this));
    line->addWidget(m_due);
    form->addRow(tr("Priority, status"), line);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_details);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showItem(row); });
    connect(m_add, &QPushButton::clicked, this, &RecommendationsPanel::addRecommendation);
    connect(m_remove, &QPushButton::clicked, this, &RecommendationsPanel::removeCurrent);
    connect(m_chooseInstrument, &QPushButton::clicked, this, &RecommendationsPanel::chooseInstrument);
    connect(m_text, &QLineEdit::textEdited, this, &RecommendationsPanel::storeItem);
    connect(m_due, &QLineEdit::textEdited, this, &RecommendationsPanel::storeItem);
    connect(m_priority, &QComboBox::activated, this, &RecommendationsPanel::storeItem);
    connect(m_status, &QComboBox::activated, this, &RecommendationsPanel::storeItem);
    showItem(-1);
}

void RecommendationsPanel::setRecommendations(std::vector<Recommendation> recommendations) {
    m_items = std::move(recommendations);
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_table->rowCount(); ++row)
        refreshRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    else
        showItem(-1);
}

int RecommendationsPanel::currentRow() const {
    int row = m_table->currentRow();
    return row >= 0 && row < static_cast<int>(m_items.size()) ? row : -1;
}

void RecommendationsPanel::refreshRow(int row) {
    const Recommendation& r = m_items[static_cast<std::size_t>(row)];
    auto set = [&](int column, const QString& text) {
        auto* item = m_table->item(row, column);
        if (!item)
            m_table->setItem(row, column, item = new QTableWidgetItem);
        item->setText(text);
        item->setToolTip(text);
    };
    set(TextColumn, QString::fromStdString(r.text));
    set(InstrumentColumn, InstrumentDialog::nameOf(m_session, QString::fromStdString(r.instrumentCode)));
    set(PriorityColumn, priorityName(toCode(r.priority)));
    set(StatusColumn, recommendationStatusName(toCode(r.status)));
    set(DueColumn, toText(r.dueDate));
}

void RecommendationsPanel::showItem(int row) {
    m_loading = true;
    bool shown = row >= 0 && row < static_cast<int>(m_items.size());
    m_details->setEnabled(shown);
    m_remove->setEnabled(shown);
    if (shown) {
        const Recommendation& r = m_items[static_cast<std::size_t>(row)];
        m_text->setText(QString::fromStdString(r.text));
        QString instrument = InstrumentDialog::nameOf(m_session, QString::fromStdString(r.instrumentCode));
        m_instrument->setText(instrument.isEmpty() ? tr("(none)") : instrument);
        selectCode(m_priority, toCode(r.priority));
        selectCode(m_status, toCode(r.status));
        m_due->setText(toText(r.dueDate));
    } else {
        m_text->clear();
        m_instrument->clear();
        m_due->clear();
    }
    m_loading = false;
}

void RecommendationsPanel::storeItem() {
    int row = currentRow();
    if (m_loading || row < 0)
        return;
    Recommendation& r = m_items[static_cast<std::size_t>(row)];
    r.text = m_text->text().trimmed().toStdString();
    r.priority =
        fromCode<Priority>(m_priority->currentData().toString().toStdString()).value_or(Priority::Medium);
    r.status = fromCode<RecommendationStatus>(m_status->currentData().toString().toStdString())
                   .value_or(RecommendationStatus::Proposed);
    std::string due = m_due->text().trimmed().toStdString();
    // A half-typed date is kept out of the record; problems() reports it from the field.
    r.dueDate = due.empty() ? std::nullopt : Date::parse(due);
    refreshRow(row);
    emit edited();
}

std::vector<FieldError> RecommendationsPanel::problems() const {
    std::vector<FieldError> found;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        QString prefix = tr("Recommendation %1: ").arg(i + 1);
        Recommendation r = m_items[i];
        if (r.visitId.empty())
            r.visitId = "(this visit)";
        for (const auto& e : validate(r))
            found.push_back({"recommendations", (prefix + QString::fromStdString(e.message)).toStdString()});
        if (static_cast<int>(i) == currentRow() && !m_due->text().trimmed().isEmpty() && !r.dueDate)
            found.push_back(
                {"recommendations", (prefix + tr("write the due date as YYYY-MM-DD")).toStdString()});
    }
    return found;
}

void RecommendationsPanel::addRecommendation() {
    Recommendation r;
    m_items.push_back(r);
    int row = m_table->rowCount();
    m_table->insertRow(row);
    refreshRow(row);
    m_table->setCurrentCell(row, 0);
    m_text->setFocus();
    emit edited();
}

void RecommendationsPanel::removeCurrent() {
    int row = currentRow();
    if (row < 0)
        return;
    m_items.erase(m_items.begin() + row);
    m_table->removeRow(row);
    showItem(currentRow());
    emit edited();
}

void RecommendationsPanel::chooseInstrument() {
    int row = currentRow();
    if (row < 0)
        return;
    InstrumentDialog dialog(
        m_session, QString::fromStdString(m_items[static_cast<std::size_t>(row)].instrumentCode), this);
    if (dialog.exec() == QDialog::Accepted)
        setInstrument(dialog.chosenCode());
}

void RecommendationsPanel::setInstrument(const QString& code) {
    int row = currentRow();
    if (row < 0)
        return;
    m_items[static_cast<std::size_t>(row)].instrumentCode = code.toStdString();
    showItem(row);
    refreshRow(row);
    emit edited();
}

} // namespace clusterdesk::ui
