// How audit forms map to their tables (created by audit_schema.cpp).
#include "storage/audit_mappings.h"

#include "domain/audit_template.h"
#include "storage/value.h"

namespace clusterdesk {

template <> const EntityMapping<StoredTemplate>& mappingOf<StoredTemplate>() {
    static const auto m = MappingBuilder<StoredTemplate>("audit_template", "audit template")
                              .field("template_id", &StoredTemplate::templateId)
                              .field("version", &StoredTemplate::version)
                              .field("title", &StoredTemplate::title)
                              .field("kind", &StoredTemplate::kind, "audit_kind")
                              .field("language", &StoredTemplate::language)
                              .field("origin", &StoredTemplate::origin)
                              .field("body", &StoredTemplate::body)
                              .build();
    return m;
}

template <> const EntityMapping<Audit>& mappingOf<Audit>() {
    static const auto m =
        MappingBuilder<Audit>("audit", "audit")
            .custom(
                {"template_key", "audit_template"},
                [](const Audit& a) {
                    return Value{AuditTemplate::templateKey(a.templateId, a.templateVersion)};
                },
                [](Audit& a, const Value& v) {
                    auto key = ValueTraits<std::string>::from(v);
                    auto at = key.rfind('@');
                    a.templateId = key.substr(0, at);
                    a.templateVersion = at == std::string::npos ? 0 : std::atoi(key.c_str() + at + 1);
                })
            .field("visit_id", &Audit::visitId, "visit")
            .field("measure_id", &Audit::measureId, "support_measure")
            .field("company_id", &Audit::companyId, "company")
            .field("status", &Audit::status)
            .field("completed_at", &Audit::completedAt)
            .field("reopen_reason", &Audit::reopenReason)
            .field("overall_percent", &Audit::overallPercent)
            .field("section_percents", &Audit::sectionPercents)
            .build();
    return m;
}

template <> const EntityMapping<AuditAnswer>& mappingOf<AuditAnswer>() {
    static const auto m = MappingBuilder<AuditAnswer>("audit_answer", "audit answer")
                              .field("audit_id", &AuditAnswer::auditId, "audit")
                              .field("question_id", &AuditAnswer::questionId)
                              .field("value", &AuditAnswer::value)
                              .build();
    return m;
}

template <> const EntityMapping<AuditSectionNote>& mappingOf<AuditSectionNote>() {
    static const auto m = MappingBuilder<AuditSectionNote>("audit_section_note", "audit section note")
                              .field("audit_id", &AuditSectionNote::auditId, "audit")
                              .field("section_id", &AuditSectionNote::sectionId)
                              .field("text", &AuditSectionNote::text)
                              .build();
    return m;
}

std::vector<const TableSchema*> auditTableSchemas() {
    return {&mappingOf<StoredTemplate>().schema, &mappingOf<Audit>().schema, &mappingOf<AuditAnswer>().schema,
            &mappingOf<AuditSectionNote>().schema};
}

} // namespace clusterdesk
