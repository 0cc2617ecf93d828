#include "commands/repository_command.h"
#include "models/cluster_table_model.h"
#include "models/company_table_model.h"
#include "models/list_proxy_model.h"
#include "support/sample_data.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace clusterdesk;
using namespace clusterdesk::ui;
using clusterdesk::test::TestSession;

namespace {
// Runs the checks every list must pass while the list is searched, filtered, sorted and edited.
template <class Model> void exerciseModel(TestSession& t, Model& model, const std::string& clusterId) {
    ListProxyModel proxy(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    for (int c = 0; c < model.columnCount(); ++c) {
        proxy.sort(c, Qt::DescendingOrder);
        CHECK(model.rowCount() > 0);
        for (int r = 0; r < std::min(model.rowCount(), 3); ++r)
            (void)proxy.index(r, c).data();
    }
    model.setSearch(QStringLiteral("1"));
    model.setClusterId(QString::fromStdString(clusterId));
    model.setClusterId({});
    model.setSearch({});
    t.session->undoStack()->undo();
    t.session->undoStack()->redo();
}
} // namespace

TEST_CASE("the companies list passes the model tester while it is searched, sorted and edited", "[models]") {
    TestSession t;
    auto data = test::addSampleData(t.repo(), 250);
    CompanyTableModel model(*t.session);
    model.reload();
    REQUIRE(model.rowCount() == 250);

    Company added;
    added.name = "Aaa First SRL";
    auto create = std::make_unique<RepositoryCommand>(*t.session, QStringLiteral("create"));
    create->create(added);
    std::string id = create->firstId();
    t.session->execute(std::move(create));
    CHECK(model.rowCount() == 251);
    CHECK(model.rowOf(QString::fromStdString(id)) == 0);
    exerciseModel(t, model, data.clusterIds[0]);

    t.session->execute(
        deletionCommand<Company>(*t.session, QStringLiteral("delete"), QString::fromStdString(id)));
    CHECK(model.rowOf(QString::fromStdString(id)) == -1);
    model.setIncludeDeleted(true);
    int row = model.rowOf(QString::fromStdString(id));
    REQUIRE(row >= 0);
    CHECK(model.index(row, 0).data(PagedTableModel::DeletedRole).toBool());
}

TEST_CASE("an edit changes only its own row of the companies list", "[models]") {
    TestSession t;
    auto data = test::addSampleData(t.repo(), 150);
    CompanyTableModel model(*t.session);
    model.reload();
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QList<int> changedRows;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex& to) {
                         for (int r = from.row(); r <= to.row(); ++r)
                             changedRows.append(r);
                     });
    Company c = t.repo().companies().get(data.companyIds[42]);
    Company renamed = c;
    renamed.city = "Brașov";
    auto edit = std::make_unique<RepositoryCommand>(*t.session, QStringLiteral("edit"));
    edit->save(std::optional<Company>(c), renamed);
    t.session->execute(std::move(edit));
    CHECK(resets == 0);
    int row = model.rowOf(QString::fromStdString(c.id));
    CHECK(changedRows == QList<int>{row});
    CHECK(model.index(row, CompanyListQuery::City).data().toString() == QStringLiteral("Brașov"));
}

TEST_CASE("the clusters list passes the model tester", "[models]") {
    TestSession t;
    auto data = test::addSampleData(t.repo(), 10);
    ClusterTableModel model(*t.session);
    Cluster c;
    c.name = "Indagro Vest";
    auto create = std::make_unique<RepositoryCommand>(*t.session, QStringLiteral("create"));
    create->create(c);
    model.reload();
    t.session->execute(std::move(create));
    CHECK(model.rowCount() == 3);
    exerciseModel(t, model, data.clusterIds[1]);
    CHECK(model.index(model.rowOf(QString::fromStdString(data.clusterIds[0])), ClusterListQuery::Members)
              .data()
              .toInt() == 5);
}

TEST_CASE("a list of 100,000 companies opens, reaches its last row and searches", "[models][large]") {
    TestSession t;
    test::addSampleData(t.repo(), 2000);
    // Multiply the rows in SQL: the repository would log every field of 100,000 records.
    t.db().sql().exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 49) "
        "INSERT INTO company (id, created_at, updated_at, changed_by, name, city) "
        "SELECT c.id || '-' || n.i, c.created_at, c.updated_at, c.changed_by, c.name || ' ' || n.i, "
        "c.city FROM company c, n");
    CompanyTableModel model(*t.session);
    model.reload();
    REQUIRE(model.rowCount() == 100000);
    CHECK(model.index(99999, CompanyListQuery::Name).data().toString().startsWith(QStringLiteral("Company")));
    model.setSearch(QStringLiteral("company 1999"));
    CHECK(model.rowCount() == 50); // "Company 1999" and its 49 copies
}
