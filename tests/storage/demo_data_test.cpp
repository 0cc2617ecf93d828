#include "storage/demo_data.h"
#include "storage/integrity_check.h"
#include "storage/repository.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("the demo data replays the seed story and passes every check", "[demo]") {
    test::TempDatabase t;
    Repository repo(t.db());
    loadDemoData(repo);
    auto& sql = t.db().sql();
    CHECK(repo.clusters().all().size() == 4);
    CHECK(sql.execAndGet("SELECT count(DISTINCT company_id) FROM attendance WHERE status = 'attended'")
              .getInt() == 18);
    CHECK(sql.execAndGet("SELECT count(*) FROM visit WHERE audit_kind = 'business_review'").getInt() == 5);
    CHECK(sql.execAndGet("SELECT count(*) FROM support_measure WHERE kind = 'innovation_audit'").getInt() ==
          2);
    CHECK(sql.execAndGet("SELECT count(*) FROM agreement WHERE countries = 'RO; BG'").getInt() == 1);
    CHECK(sql.execAndGet("SELECT level FROM excellence_label l JOIN cluster c ON c.id = l.cluster_id "
                         "WHERE c.name = 'Romanian Textile Concept'")
              .getString() == "silver");
    CHECK(sql.execAndGet("SELECT count(*) FROM excellence_label WHERE level = 'bronze'").getInt() == 3);
    CHECK(sql.execAndGet("SELECT count(*) FROM follow_up WHERE status = 'open' AND due_date < '2017-01-01'")
              .getInt() > 0);
    CHECK(sql.execAndGet("SELECT count(*) FROM contact_attempt WHERE answered = 0").getInt() > 0);
    CHECK(checkIntegrity(t.db()).empty());
}

TEST_CASE("the demo data refuses a database that already holds data", "[demo]") {
    test::TempDatabase t;
    Repository repo(t.db());
    Cluster c;
    c.name = "Existing cluster";
    repo.clusters().insert(c);
    CHECK_THROWS_AS(loadDemoData(repo), StorageError);
    CHECK(repo.clusters().all().size() == 1);
}
