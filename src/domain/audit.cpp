#include "domain/audit.h"

#include "domain/text.h"

namespace clusterdesk {

namespace {
void required(std::vector<FieldError>& errors, const char* field, const std::string& value,
              const char* what) {
    if (trim(value).empty())
        errors.push_back({field, std::string("choose ") + what});
}
} // namespace

std::vector<FieldError> validate(const Audit& a) {
    std::vector<FieldError> errors;
    required(errors, "template_id", a.templateId, "the form template");
    if (a.templateVersion < 1)
        errors.push_back({"template_version", "the template version must be at least 1"});
    required(errors, "company_id", a.companyId, "the company");
    if (a.visitId.empty() == a.measureId.empty())
        errors.push_back({a.visitId.empty() ? "visit_id" : "measure_id",
                          "an audit belongs either to a visit or to a support measure"});
    if (a.status == AuditStatus::Completed && a.completedAt.empty())
        errors.push_back({"completed_at", "a completed audit needs the time it was completed"});
    if (a.status == AuditStatus::Draft && !a.completedAt.empty())
        errors.push_back({"completed_at", "a draft has no completion time"});
    return errors;
}

std::vector<FieldError> validate(const AuditAnswer& a) {
    std::vector<FieldError> errors;
    required(errors, "audit_id", a.auditId, "the audit");
    required(errors, "question_id", a.questionId, "the question");
    return errors;
}

std::vector<FieldError> validate(const AuditSectionNote& n) {
    std::vector<FieldError> errors;
    required(errors, "audit_id", n.auditId, "the audit");
    required(errors, "section_id", n.sectionId, "the section");
    return errors;
}

std::vector<FieldError> validate(const StoredTemplate& t) {
    std::vector<FieldError> errors;
    required(errors, "template_id", t.templateId, "the template id");
    if (t.version < 1)
        errors.push_back({"version", "the template version must be at least 1"});
    required(errors, "title", t.title, "a title");
    required(errors, "body", t.body, "the template text");
    if (t.origin != "bundled" && t.origin != "imported")
        errors.push_back({"origin", "must be bundled or imported"});
    return errors;
}

} // namespace clusterdesk

namespace clusterdesk {

std::string answerId(const std::string& auditId, const std::string& questionId) {
    return auditId + "/" + questionId;
}

std::string noteId(const std::string& auditId, const std::string& sectionId) {
    return auditId + "/" + sectionId;
}

} // namespace clusterdesk
