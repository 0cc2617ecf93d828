#include "audit/audit_list_model.h"
#include "audit/section_list_model.h"
#include "audit/section_results_model.h"
#include "audit/suggestion_model.h"
#include "audit_ui_fixture.h"
#include "storage/audit_list_query.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
}

TEST_CASE("the audit list shows each audit's company, form, visit or measure and progress",
          "[audit_ui][models]") {
    AuditUiFixture f;
    std::string visitAudit = f.startVisitAudit();
    std::string measureAudit = f.startMeasureAudit();
    ui::AuditListModel model(*f.t.session);
    QAbstractItemModelTester tester(&model, kFatal);
    ui::AuditListFilter filter(&model);
    QAbstractItemModelTester filterTester(&filter, kFatal);

    REQUIRE(model.rowCount() == 2);
    int row = model.rowOf(f.id(visitAudit));
    REQUIRE(row >= 0);
    auto cell = [&](int r, int column) { return model.index(r, column).data().toString(); };
    CHECK(cell(row, ui::AuditListModel::Company) == QStringLiteral("Tricotaje Iris SRL"));
    CHECK(cell(row, ui::AuditListModel::Form).startsWith(QStringLiteral("Every question type")));
    CHECK(cell(row, ui::AuditListModel::DoneDuring) == QStringLiteral("Visit on 2026-03-05"));
    CHECK(cell(row, ui::AuditListModel::Cluster) == QStringLiteral("Romanian Textile Concept"));
    CHECK(cell(row, ui::AuditListModel::Status) == QStringLiteral("Draft"));
    CHECK(cell(model.rowOf(f.id(measureAudit)), ui::AuditListModel::DoneDuring) ==
          QStringLiteral("IMP3rove audits, from 2026-04-01"));

    // An answer announced by the form updates the row in place.
    f.world.audits.saveAnswer(visitAudit, "s1", "7");
    f.t.session->announce({ui::RecordRef{QStringLiteral("audit"), f.id(visitAudit)}});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(model.rowOf(f.id(visitAudit)), ui::AuditListModel::Answers).data().toInt() == 1);

    f.answerRequired(visitAudit);
    f.world.audits.complete(visitAudit);
    f.t.session->announce({ui::RecordRef{QStringLiteral("audit"), f.id(visitAudit)}});
    CHECK(cell(model.rowOf(f.id(visitAudit)), ui::AuditListModel::Status)
              .startsWith(QStringLiteral("Completed")));
    CHECK(cell(model.rowOf(f.id(visitAudit)), ui::AuditListModel::Score).endsWith(QStringLiteral("%")));

    filter.setStatus(QStringLiteral("draft"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.idAt(0) == f.id(measureAudit));
    filter.setStatus({});
    filter.setSearch(QStringLiteral("imp3rove iris"));
    REQUIRE(filter.rowCount() == 1);
    filter.setSearch(QStringLiteral("nowhere"));
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("a deleted company's audits leave the list", "[audit_ui][models]") {
    AuditUiFixture f;
    f.startVisitAudit();
    ui::AuditListModel model(*f.t.session);
    QAbstractItemModelTester tester(&model, kFatal);
    REQUIRE(model.rowCount() == 1);
    f.t.repo().companies().remove(f.companyId);
    f.t.session->announce({ui::RecordRef{QStringLiteral("company"), f.id(f.companyId)}});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the section list counts answered and missing required questions per section",
          "[audit_ui][models]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    ui::SectionListModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setScore(f.world.audits.load(audit).score);
    REQUIRE(model.rowCount() == 4);
    QModelIndex scales = model.index(0);
    CHECK(scales.data().toString() == QStringLiteral("1. Scales and yes/no"));
    CHECK(scales.data(ui::SectionListModel::QuestionCountRole).toInt() == 4);
    CHECK(scales.data(ui::SectionListModel::AnsweredRole).toInt() == 0);
    CHECK(scales.data(ui::SectionListModel::MissingRole).toInt() == 2);
    CHECK_FALSE(scales.data(ui::SectionListModel::PercentRole).isValid());

    f.world.audits.saveAnswer(audit, "s1", "10");
    f.world.audits.saveAnswer(audit, "y1", "yes");
    model.setScore(f.world.audits.load(audit).score); // same sections: updated in place
    CHECK(model.rowCount() == 4);
    CHECK(scales.data(ui::SectionListModel::AnsweredRole).toInt() == 2);
    CHECK(scales.data(ui::SectionListModel::MissingRole).toInt() == 0);
    CHECK(scales.data(ui::SectionListModel::PercentRole).toDouble() == Approx(100));
    CHECK(scales.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 of 4")));
}

TEST_CASE("the results table shows percentages, and peers only when the group is large enough",
          "[audit_ui][models]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    f.answerRequired(audit);
    AuditScore score = f.world.audits.load(audit).score;
    ui::SectionResultsModel model;
    QAbstractItemModelTester tester(&model, kFatal);

    PeerComparison few;
    few.companies = 2;
    model.setResults(score, few);
    REQUIRE(model.rowCount() == 5); // four sections and the overall line
    CHECK(model.index(0, ui::SectionResultsModel::Score).data().toString() == QStringLiteral("73 %"));
    CHECK(model.index(4, ui::SectionResultsModel::Section).data().toString() == QStringLiteral("Overall"));
    CHECK(model.index(0, ui::SectionResultsModel::Peers).data().toString().isEmpty());
    CHECK(model.index(3, ui::SectionResultsModel::Score).data().toString() == QStringLiteral("–"));

    PeerComparison enough;
    enough.companies = 3;
    enough.overall = 55;
    enough.sections = {{"scales", 70}};
    model.setResults(score, enough);
    CHECK(model.index(0, ui::SectionResultsModel::Peers).data().toString() == QStringLiteral("70 %"));
    CHECK(model.index(4, ui::SectionResultsModel::Peers).data().toString() == QStringLiteral("55 %"));
    CHECK(model.index(1, ui::SectionResultsModel::Peers).data().toString() == QStringLiteral("–"));
}

TEST_CASE("suggestions name their instrument or measure and know when the visit has them",
          "[audit_ui][models]") {
    AuditUiFixture f;
    std::string audit = f.startVisitAudit();
    f.world.audits.saveAnswer(audit, "s1", "1");
    f.world.audits.saveAnswer(audit, "c1", "none");
    AuditForm form = f.world.audits.load(audit);
    REQUIRE(form.suggestions.size() == 2);
    ui::SuggestionModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setNames(
        {{"eu_ip_helpdesk", "EU IP Helpdesk"}, {"innovation_audit", "Innovation audit (IMP3rove)"}});
    model.setSuggestions(form.suggestions, {form.suggestions[1].rule.text});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ui::SuggestionModel::PointsTo).data().toString() ==
          QStringLiteral("Support measure: Innovation audit (IMP3rove)"));
    CHECK(model.index(1, ui::SuggestionModel::PointsTo).data().toString() ==
          QStringLiteral("EU IP Helpdesk"));
    CHECK_FALSE(model.isTaken(0));
    CHECK(model.isTaken(1));
    CHECK(model.index(1, ui::SuggestionModel::Taken).data().toString() == QStringLiteral("Recommended"));
}

TEST_CASE("a new audit can belong to the company's visits and measures, with the forms of their phase",
          "[audit_ui][models]") {
    AuditUiFixture f;
    AuditListQuery query(f.t.db());
    auto targets = query.targetsOf(f.companyId);
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].isVisit);
    CHECK(targets[0].kindName == "Business review");
    CHECK_FALSE(targets[1].isVisit);
    CHECK(targets[1].title == "IMP3rove audits");

    auto templates = query.templates();
    auto find = [&](const std::string& id) {
        return std::find_if(templates.begin(), templates.end(), [&](auto& t) { return t.templateId == id; });
    };
    REQUIRE(find("every_type") != templates.end());
    CHECK(find("every_type")->phase == 2);
    CHECK(find("every_type")->origin == "imported");
    CHECK(find("innovation_management")->phase == 3);

    CHECK(query.latestVisit(f.companyId, f.clusterId)->id == f.visitId);
    CHECK_FALSE(query.latestVisit(f.companyId, f.world.cluster("Pro Wood")));
}
