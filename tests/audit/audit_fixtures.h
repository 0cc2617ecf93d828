#pragma once

#include "storage/audit_store.h"
#include "storage/repository.h"

#include <optional>
#include <string>

namespace clusterdesk::test {

// A small world to audit in: clusters, companies and the visits and measures audits belong to.
class AuditWorld {
public:
    explicit AuditWorld(Database& db)
        : repo(db)
        , audits(db) {}

    std::string cluster(const std::string& name) {
        Cluster c;
        c.name = name;
        c.region = "RO42";
        return repo.clusters().insert(c).id;
    }

    std::string company(const std::string& name, const std::string& nace = "13.20",
                        std::optional<int> headcount = 12, const std::string& clusterId = {}) {
        Company c;
        c.name = name;
        c.naceCode = nace;
        c.headcount = headcount;
        std::string id = repo.companies().insert(c).id;
        if (!clusterId.empty()) {
            Membership m;
            m.companyId = id;
            m.clusterId = clusterId;
            repo.memberships().insert(m);
        }
        return id;
    }

    std::string visit(const std::string& companyId, const std::string& clusterId,
                      const std::string& auditKind = "technology_audit") {
        Visit v;
        v.companyId = companyId;
        v.clusterId = clusterId;
        v.date = Date(2026, 3, 5);
        v.auditKind = auditKind;
        return repo.visits().insert(v).id;
    }

    std::string measure(const std::string& clusterId, std::vector<std::string> companyIds,
                        const std::string& kind = "innovation_audit") {
        SupportMeasure m;
        m.clusterId = clusterId;
        m.kind = kind;
        m.title = "IMP3rove audits";
        m.startDate = Date(2026, 4, 1);
        m.companyIds = std::move(companyIds);
        return repo.measures().insert(m).id;
    }

    Repository repo;
    AuditStore audits;
};

} // namespace clusterdesk::test
