#include "models/effort_table_model.h"
#include "models/measure_table_model.h"
#include "models/outcome_table_model.h"
#include "models/person_table_model.h"
#include "models/text_table_model.h"
#include "screens/effort_screen.h"
#include "screens/measure_editor.h"
#include "screens/outcome_editor.h"
#include "screens/outcomes_screen.h"
#include "screens/people_screen.h"
#include "screens/support_screen.h"
#include "support/sample_data.h"
#include "support/widget_driver.h"
#include "widgets/budget_overview.h"
#include "widgets/company_picker.h"
#include "widgets/record_editor.h"
#include "widgets/record_form.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
QComboBox* comboOf(ui::RecordEditor* editor, const char* field) {
    return qobject_cast<QComboBox*>(editor->form()->fieldWidget(QString::fromLatin1(field)));
}

void choose(ui::RecordEditor* editor, const char* field, const QString& code) {
    QComboBox* combo = comboOf(editor, field);
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(code));
    REQUIRE(combo->currentIndex() >= 0);
    emit combo->activated(combo->currentIndex());
}

template <class Model> void checkModel(Model& model) {
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    for (int c = 0; c < model.columnCount(); ++c)
        model.sort(c, Qt::DescendingOrder);
    model.setSearch(QStringLiteral("a"));
    model.setSearch({});
}
} // namespace

TEST_CASE("a person's email is checked as it is typed and the employer fields follow the kind", "[people]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 3);
    ui::PeopleScreen screen(*t.session);
    screen.show();
    ui::RecordEditor* editor = screen.editor();
    screen.newRecord();
    typeInto(fieldOf(editor, "name"), QStringLiteral("Ioana Marin"));
    typeInto(fieldOf(editor, "email"), QStringLiteral("ioana.marin@"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("email")).isEmpty());
    typeInto(fieldOf(editor, "email"), QStringLiteral("ioana.marin@example.ro"));
    CHECK(editor->form()->problemOf(QStringLiteral("email")).isEmpty());
    choose(editor, "employer_kind", QStringLiteral("cluster"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("employer_cluster_id")).isEmpty());
    choose(editor, "employer_cluster_id", QString::fromStdString(data.clusterIds[1]));
    choose(editor, "staff_role", QStringLiteral("cluster_manager"));
    typeInto(fieldOf(editor, "day_rate_eur"), QStringLiteral("250"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    CHECK(
        countRows(t.db(),
                  "SELECT count(*) FROM person WHERE name = 'Ioana Marin' AND employer_kind = 'cluster' AND "
                  "employer_cluster_id = '" +
                      data.clusterIds[1] +
                      "' AND staff_role = 'cluster_manager' "
                      "AND day_rate_eur = 250") == 1);
    auto* model = static_cast<ui::PersonTableModel*>(screen.model());
    model->setClusterId(QString::fromStdString(data.clusterIds[1]));
    CHECK(model->rowCount() == 2); // the employee of its member company, and its own manager
    checkModel(*model);
}

TEST_CASE("enhanced support is recorded for two companies", "[support]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 4);
    ui::SupportScreen screen(*t.session);
    screen.show();
    auto* editor = static_cast<ui::MeasureEditor*>(screen.editor());
    screen.newRecord();
    choose(editor, "cluster_id", QString::fromStdString(data.clusterIds[0]));
    choose(editor, "kind", QStringLiteral("innovation_audit"));
    typeInto(fieldOf(editor, "title"), QStringLiteral("IMP3rove assessment"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("company_ids")).isEmpty());
    for (int i : {0, 2}) {
        editor->companyPicker()->setCompany(
            QString::fromStdString(data.companyIds[static_cast<std::size_t>(i)]), QStringLiteral("Company"));
        editor->addPickedCompany();
    }
    REQUIRE(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    CHECK(countRows(t.db(),
                    "SELECT count(*) FROM measure_company mc JOIN support_measure m ON m.id = mc.measure_id "
                    "WHERE m.kind = 'innovation_audit' AND m.title = 'IMP3rove assessment'") == 2);
    checkModel(*static_cast<ui::MeasureTableModel*>(screen.model()));
}

TEST_CASE("a funding application is recorded and listed among the outcomes", "[outcomes]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 2);
    PartnershipAgreement agreement;
    agreement.clusterId = data.clusterIds[0];
    agreement.title = "RO-BG textile producers";
    agreement.date = Date(2016, 10, 5);
    t.repo().agreements().insert(agreement);
    ui::OutcomesScreen screen(*t.session);
    screen.show();
    auto* editor = static_cast<ui::OutcomeEditor*>(screen.editor());
    screen.newRecord();
    editor->setKind(ui::OutcomeEditor::Kind::Funding);
    choose(editor, "cluster_id", QString::fromStdString(data.clusterIds[0]));
    editor->companyPicker()->setCompany(QString::fromStdString(data.companyIds[0]),
                                        QStringLiteral("Company 1000"));
    choose(editor, "instrument_code", QStringLiteral("eic_accelerator"));
    typeInto(fieldOf(editor, "amount_eur"), QStringLiteral("50000"));
    typeInto(fieldOf(editor, "submitted_on"), QStringLiteral("2016-11-30"));
    choose(editor, "status", QStringLiteral("approved"));
    CHECK_FALSE(editor->form()->problemOf(QStringLiteral("decided_on")).isEmpty());
    typeInto(fieldOf(editor, "decided_on"), QStringLiteral("2017-03-01"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    CHECK(countRows(t.db(),
                    "SELECT count(*) FROM funding_application WHERE instrument_code = 'eic_accelerator' AND "
                    "amount_eur = 50000 AND status = 'approved' AND decided_on = '2017-03-01'") == 1);
    auto* model = static_cast<ui::OutcomeTableModel*>(screen.model());
    CHECK(model->rowCount() == 2);
    checkModel(*model);
    t.session->undoStack()->undo();
    CHECK(model->rowCount() == 1);
}

TEST_CASE("expert days take the expert's day rate and count against the cluster's budget", "[effort]") {
    TestSession t;
    auto data = addSampleData(t.repo(), 1);
    Person expert;
    expert.name = "Daniel Consultant";
    expert.staffRole = StaffRole::Consultant;
    expert.dayRateEur = 400;
    expert = t.repo().people().insert(expert);
    ui::EffortScreen screen(*t.session);
    screen.show();
    ui::RecordEditor* editor = screen.editor();
    screen.newRecord();
    choose(editor, "person_id", QString::fromStdString(expert.id));
    CHECK(fieldOf(editor, "day_rate_eur")->text() == QStringLiteral("400"));
    choose(editor, "cluster_id", QString::fromStdString(data.clusterIds[0]));
    choose(editor, "phase", QStringLiteral("2"));
    typeInto(fieldOf(editor, "date"), QStringLiteral("2016-04-12"));
    typeInto(fieldOf(editor, "days"), QStringLiteral("1,5"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    CHECK(countRows(t.db(),
                    "SELECT count(*) FROM effort WHERE days = 1.5 AND day_rate_eur = 400 AND phase = 2") ==
          1);
    const auto& budget = screen.budgetOverview()->model()->rows();
    REQUIRE(budget.size() == 2);
    CHECK(budget[1][0] == QStringLiteral("Romanian Textile Concept"));
    CHECK(budget[1][1] == QStringLiteral("1.5 of 20.0 (8%)"));
    CHECK(budget[1][2] == QStringLiteral("600 of 20,000 (3%)"));
    checkModel(*static_cast<ui::EffortTableModel*>(screen.model()));
}
