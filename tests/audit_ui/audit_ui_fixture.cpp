#include "audit_ui_fixture.h"

#include "support/temp_database.h"

namespace clusterdesk::test {

AuditUiFixture::AuditUiFixture() {
    world.audits.templates().import(testDataFile("templates/every-type.json"));
    clusterId = world.cluster("Romanian Textile Concept");
    companyId = world.company("Tricotaje Iris SRL", "13.20", 12, clusterId);
    visitId = world.visit(companyId, clusterId, "business_review");
    measureId = world.measure(clusterId, {companyId});
}

std::string AuditUiFixture::startVisitAudit() {
    NewAudit request;
    request.templateId = "every_type";
    request.visitId = visitId;
    return world.audits.start(request).id;
}

std::string AuditUiFixture::startMeasureAudit() {
    NewAudit request;
    request.templateId = "innovation_management";
    request.measureId = measureId;
    request.companyId = companyId;
    return world.audits.start(request).id;
}

void AuditUiFixture::answerRequired(const std::string& auditId) {
    world.audits.saveAnswer(auditId, "s1", "6");
    world.audits.saveAnswer(auditId, "y1", "yes");
    world.audits.saveAnswer(auditId, "c1", "yearly");
    world.audits.saveAnswer(auditId, "t1", "Skilled weavers");
}

std::string AuditUiFixture::completedPeer(const std::string& name, int scale, const std::string& nace) {
    std::string company = world.company(name, nace, 40, clusterId);
    NewAudit request;
    request.templateId = "every_type";
    request.visitId = world.visit(company, clusterId, "business_review");
    std::string audit = world.audits.start(request).id;
    answerRequired(audit);
    world.audits.saveAnswer(audit, "s1", std::to_string(scale));
    world.audits.complete(audit);
    return company;
}

int AuditUiFixture::count(const std::string& sql) {
    return countRows(t.db(), sql);
}

} // namespace clusterdesk::test
