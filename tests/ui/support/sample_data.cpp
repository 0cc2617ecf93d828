#include "support/sample_data.h"

#include "storage/write_transaction.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk::test {

TestSession::TestSession()
    : session(std::make_unique<ui::Session>(std::make_unique<Database>(dir.file("ui.sqlite")))) {
    session->database().setActor("tester");
}

SampleData addSampleData(Repository& repo, int companies) {
    SampleData data;
    WriteTransaction tx(repo.database());
    for (const char* name : {"Romanian Textile Concept", "Pro Wood"}) {
        Cluster c;
        c.name = name;
        c.region = "RO42";
        c.budgetDays = 20;
        c.budgetEur = 20000;
        data.clusterIds.push_back(repo.clusters().insert(c).id);
    }
    for (int i = 0; i < companies; ++i) {
        Company c;
        c.name = "Company " + std::to_string(1000 + i);
        c.city = i % 2 ? "Timișoara" : "Arad";
        c.headcount = 5 + i % 300;
        data.companyIds.push_back(repo.companies().insert(c).id);
        Membership m;
        m.companyId = data.companyIds.back();
        m.clusterId = data.clusterIds[static_cast<std::size_t>(i % 2)];
        repo.memberships().insert(m);
        Person p;
        p.name = "Person " + std::to_string(1000 + i);
        p.employerKind = EmployerKind::Company;
        p.employerCompanyId = data.companyIds.back();
        data.personIds.push_back(repo.people().insert(p).id);
    }
    tx.commit();
    return data;
}

int countRows(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

} // namespace clusterdesk::test
