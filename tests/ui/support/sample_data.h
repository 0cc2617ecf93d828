#pragma once

#include "app/session.h"
#include "support/temp_database.h"

#include <memory>
#include <string>
#include <vector>

namespace clusterdesk::test {

// A session on a fresh database file, as the app would open it.
struct TestSession {
    TestSession();
    TempDir dir;
    std::unique_ptr<ui::Session> session;
    Repository& repo() { return session->repository(); }
    Database& db() { return session->database(); }
};

// Two clusters and some member companies, each with one person.
struct SampleData {
    std::vector<std::string> clusterIds;
    std::vector<std::string> companyIds;
    std::vector<std::string> personIds;
};

SampleData addSampleData(Repository& repo, int companies);
int countRows(Database& db, const std::string& sql);

} // namespace clusterdesk::test
