#include "exchange_fixture.h"

#include "exchange/entity_registry.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace clusterdesk::test {

Replica::Replica(std::string name)
    : m_name(std::move(name))
    , m_repo(m_database.db())
    , m_exchange(m_database.db()) {
    m_database.db().setActor(m_name);
    m_exchange.setReplicaName(m_name);
}

std::string exportFor(Replica& from, Replica& to) {
    static int counter = 0;
    std::string path = from.file(from.name() + "-to-" + to.name() + "-" + std::to_string(++counter) + ".cdx");
    ExportRequest request;
    for (const auto& peer : from.exchange().peers())
        if (peer.replicaId == to.exchange().replicaId())
            request.peer = peer.replicaId;
    from.exchange().exportPackage(request, path);
    return path;
}

ImportSummary send(Replica& from, Replica& to) {
    return to.exchange().importPackage(exportFor(from, to));
}

namespace {
std::string dumpQuery(Database& db, const std::string& sql, const std::string& prefix) {
    SQLite::Statement query(db.sql(), sql);
    std::vector<std::string> rows;
    while (query.executeStep()) {
        std::string line = prefix;
        for (int c = 0; c < query.getColumnCount(); ++c) {
            auto column = query.getColumn(c);
            line += "|" + std::string(query.getColumnName(c)) + "=" +
                    (column.isNull() ? "NULL" : column.getString());
        }
        rows.push_back(line);
    }
    std::sort(rows.begin(), rows.end());
    std::string out;
    for (const auto& row : rows)
        out += row + "\n";
    return out;
}
} // namespace

std::string dumpDatabase(Database& db, const std::vector<std::string>& leaveOut) {
    SQLite::Statement tables(db.sql(),
                             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                             "'sqlite_%' ORDER BY name");
    std::string out;
    while (tables.executeStep()) {
        std::string table = tables.getColumn(0).getString();
        if (std::find(leaveOut.begin(), leaveOut.end(), table) == leaveOut.end())
            out += dumpQuery(db, "SELECT * FROM " + table, table);
    }
    return out;
}

std::string dumpRecords(Database& db) {
    std::string out;
    for (const auto& kind : entityKinds()) {
        const TableSchema& schema = *kind.schema;
        std::string columns = "id, created_at, deleted_at";
        for (const auto& column : schema.columns)
            columns += ", " + column.name;
        out += dumpQuery(db, "SELECT " + columns + " FROM " + schema.table + " WHERE " + travellingRows(kind),
                         schema.table);
        for (const auto& link : schema.links)
            out += dumpQuery(db, "SELECT * FROM " + link.table, link.table);
    }
    return out;
}

Cluster addCluster(Repository& repo, const std::string& name) {
    Cluster c;
    c.name = name;
    c.sector = "textile";
    c.region = "RO32";
    c.budgetDays = 20;
    c.budgetEur = 20000;
    return repo.clusters().insert(c);
}

Company addCompany(Repository& repo, const std::string& name) {
    Company c;
    c.name = name;
    c.headcount = 12;
    c.naceCode = "13.20";
    c.region = "RO32";
    c.city = "Bucharest";
    return repo.companies().insert(c);
}

Person addStaff(Repository& repo, const std::string& name, const std::string& clusterId) {
    Person p;
    p.name = name;
    p.employerKind = EmployerKind::Cluster;
    p.employerClusterId = clusterId;
    p.staffRole = StaffRole::Consultant;
    p.dayRateEur = 300;
    return repo.people().insert(p);
}

Visit addVisit(Repository& repo, const std::string& companyId, const std::string& clusterId,
               const std::vector<std::string>& staffIds) {
    Visit v;
    v.companyId = companyId;
    v.clusterId = clusterId;
    v.date = Date(2026, 3, 10);
    v.auditKind = audit_kind::kTechnologyAudit;
    v.findings = "first findings";
    v.staffIds = staffIds;
    return repo.visits().insert(v);
}

Recommendation addRecommendation(Repository& repo, const std::string& visitId, const std::string& text) {
    Recommendation r;
    r.visitId = visitId;
    r.text = text;
    r.instrumentCode = "eic_accelerator";
    r.priority = Priority::High;
    return repo.recommendations().insert(r);
}

int countRows(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

} // namespace clusterdesk::test
