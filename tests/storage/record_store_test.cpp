#include "storage/repository.h"
#include "storage/write_transaction.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
Cluster makeCluster(const std::string& name) {
    Cluster c;
    c.name = name;
    c.sector = "textile";
    c.region = "RO32";
    c.budgetDays = 20;
    c.budgetEur = 20000;
    return c;
}

Company makeCompany(const std::string& name, const std::string& fiscalCode) {
    Company c;
    c.name = name;
    c.fiscalCode = parseFiscalCode(fiscalCode);
    c.headcount = 12;
    c.naceCode = "13.20";
    return c;
}

int count(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}
} // namespace

TEST_CASE("an inserted record gets a UUID, timestamps and its author", "[store]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster stored = repo.clusters().insert(makeCluster("Pro Wood"));
    CHECK(stored.id.size() == 36);
    CHECK_FALSE(stored.createdAt.empty());
    CHECK(stored.changedBy == "tester");
    Cluster read = repo.clusters().get(stored.id);
    CHECK(read.name == "Pro Wood");
    CHECK(read.budgetEur == 20000);
    CHECK(read.region == "RO32");
}

TEST_CASE("every field change is written to the change log with old and new value", "[store][change_log]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster c = repo.clusters().insert(makeCluster("Pro Wood"));
    int afterInsert = count(t.db(), "SELECT count(*) FROM change_log WHERE record_id = '" + c.id + "'");
    CHECK(afterInsert == 5); // name, sector, region, budget_days, budget_eur

    c.budgetEur = 25000;
    CHECK(repo.clusters().update(c));
    SQLite::Statement q(t.db().sql(), "SELECT field, old_value, new_value, changed_by FROM change_log "
                                      "WHERE record_id = ? ORDER BY seq DESC LIMIT 1");
    q.bind(1, c.id);
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getString() == "budget_eur");
    CHECK(q.getColumn(1).getString() == "20000");
    CHECK(q.getColumn(2).getString() == "25000");
    CHECK(q.getColumn(3).getString() == "tester");

    CHECK_FALSE(repo.clusters().update(c)); // nothing changed, nothing logged
    CHECK(count(t.db(), "SELECT count(*) FROM change_log WHERE record_id = '" + c.id + "'") ==
          afterInsert + 1);
}

TEST_CASE("a deleted record keeps a tombstone and can be restored", "[store]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Company c = repo.companies().insert(makeCompany("Tesatoria SRL", "RO4221306"));
    repo.companies().remove(c.id);
    CHECK_FALSE(repo.companies().find(c.id));
    CHECK(count(t.db(), "SELECT count(*) FROM company WHERE deleted_at IS NOT NULL") == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM change_log WHERE field = 'deleted_at'") == 1);
    repo.companies().restore(c.id);
    CHECK(repo.companies().get(c.id).name == "Tesatoria SRL");
}

TEST_CASE("a fiscal code is unique among live companies", "[store]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Company first = repo.companies().insert(makeCompany("First SRL", "4221306"));
    try {
        repo.companies().insert(makeCompany("Second SRL", "RO4221306"));
        FAIL("a duplicate fiscal code was stored");
    } catch (const ValidationError& e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors()[0].field == "fiscal_code");
    }
    repo.companies().remove(first.id);
    CHECK_NOTHROW(repo.companies().insert(makeCompany("Second SRL", "RO4221306")));
    CHECK(repo.companyByFiscalCode(*parseFiscalCode("4221306"))->name == "Second SRL");
}

TEST_CASE("a reference to a missing or deleted record is refused naming the field", "[store]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster cluster = repo.clusters().insert(makeCluster("Indagro Vest"));
    Visit v;
    v.companyId = "no-such-company";
    v.clusterId = cluster.id;
    v.date = Date(2016, 5, 10);
    try {
        repo.visits().insert(v);
        FAIL("a visit to a missing company was stored");
    } catch (const ValidationError& e) {
        CHECK(e.errors()[0].field == "company_id");
    }
    Seminar s;
    s.title = "Information seminar";
    s.date = Date(2016, 3, 1);
    s.clusterIds = {cluster.id, "missing-cluster"};
    CHECK_THROWS_AS(repo.seminars().insert(s), ValidationError);
    CHECK(count(t.db(), "SELECT count(*) FROM seminar") == 0);
}

TEST_CASE("link sets are stored with their owner and logged as one field", "[store]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster a = repo.clusters().insert(makeCluster("TMV"));
    Cluster b = repo.clusters().insert(makeCluster("Romanian Textile Concept"));
    Seminar s;
    s.title = "Information seminar";
    s.date = Date(2016, 3, 1);
    s.clusterIds = {a.id};
    s = repo.seminars().insert(s);
    s.clusterIds.push_back(b.id);
    repo.seminars().update(s);
    CHECK(repo.seminars().get(s.id).clusterIds.size() == 2);
    CHECK(count(t.db(), "SELECT count(*) FROM change_log WHERE field = 'cluster_ids'") == 2);
}

TEST_CASE("a failed action inside a transaction leaves nothing half-written", "[store][transaction]") {
    test::TempDatabase t;
    Repository repo(t.db());
    try {
        WriteTransaction tx(t.db());
        repo.clusters().insert(makeCluster("Pro Wood"));
        repo.companies().insert(makeCompany("", "4221306")); // no name: refused
        tx.commit();
    } catch (const ValidationError&) {
    }
    CHECK(count(t.db(), "SELECT count(*) FROM cluster") == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM change_log") == 0);
}

TEST_CASE("the size class is stored with the company for queries", "[store]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Company c = makeCompany("Big SRL", "4221306");
    c.headcount = 300;
    c = repo.companies().insert(c);
    CHECK(t.db().sql().execAndGet("SELECT size_class FROM company").getString() == "large");
    CHECK(count(t.db(), "SELECT count(*) FROM change_log WHERE field = 'size_class'") == 0);
}
