#include "reports/audit_printout.h"

#include "storage/repository.h"

namespace clusterdesk {

AuditPrintout loadPrintout(Database& db, const std::string& auditId, std::optional<PeerGroup> peerGroup) {
    AuditStore audits(db);
    Repository repo(db);
    AuditPrintout printout;
    printout.form = audits.load(auditId);
    const Audit& audit = printout.form.audit;
    if (auto company = repo.companies().find(audit.companyId))
        printout.companyName = company->name;
    if (!audit.visitId.empty()) {
        if (auto visit = repo.visits().find(audit.visitId))
            printout.context = "Company visit on " + visit->date.toString();
    } else if (auto measure = repo.measures().find(audit.measureId)) {
        printout.context = "Support measure: " + (measure->title.empty() ? measure->kind : measure->title) +
                           " (from " + measure->startDate.toString() + ")";
    }
    if (peerGroup)
        printout.peers = audits.comparePeers(auditId, *peerGroup);
    return printout;
}

std::string peerGroupLabel(PeerGroup group) {
    switch (group) {
    case PeerGroup::Cluster:
        return "same cluster";
    case PeerGroup::NaceSection:
        return "same NACE section";
    case PeerGroup::SizeClass:
        return "same size class";
    }
    return {};
}

} // namespace clusterdesk
