#pragma once

#include "exchange/exchange.h"
#include "storage/repository.h"
#include "support/temp_database.h"

#include <string>

namespace clusterdesk::test {

// One ClusterDesk database with its own replica id and name, as on the office PC or a consultant's
// laptop; its actor is its name, so change-log entries say where they were made.
class Replica {
public:
    explicit Replica(std::string name);
    Database& db() { return m_database.db(); }
    Repository& repo() { return m_repo; }
    Exchange& exchange() { return m_exchange; }
    const std::string& name() const { return m_name; }
    std::string file(const std::string& name) const { return m_database.dir().file(name); }

private:
    TempDatabase m_database;
    std::string m_name;
    Repository m_repo;
    Exchange m_exchange;
};

// Exports a package from `from` for `to` (the changes since the last package for it when `to` is a
// known peer, everything otherwise) and returns the file's path.
std::string exportFor(Replica& from, Replica& to);
// exportFor, then imports the file into `to`.
ImportSummary send(Replica& from, Replica& to);

// Every row of every table, sorted: two equal dumps are two equal databases.
std::string dumpDatabase(Database& db, const std::vector<std::string>& leaveOut = {});
// The records as users see them (entity and link tables), without who-and-when columns that differ
// legitimately between replicas.
std::string dumpRecords(Database& db);

// Valid records for tests.
Cluster addCluster(Repository& repo, const std::string& name);
Company addCompany(Repository& repo, const std::string& name);
Person addStaff(Repository& repo, const std::string& name, const std::string& clusterId);
Visit addVisit(Repository& repo, const std::string& companyId, const std::string& clusterId,
               const std::vector<std::string>& staffIds = {});
Recommendation addRecommendation(Repository& repo, const std::string& visitId, const std::string& text);

int countRows(Database& db, const std::string& sql);

} // namespace clusterdesk::test
