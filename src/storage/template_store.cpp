#include "storage/template_store.h"

#include "domain/audit_template_validation.h"
#include "storage/audit_mappings.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
std::set<std::string> codes(Database& db, const std::string& table) {
    std::set<std::string> result;
    SQLite::Statement query(db.sql(), "SELECT code FROM " + table);
    while (query.executeStep())
        result.insert(query.getColumn(0).getString());
    return result;
}
} // namespace

TemplateStore::TemplateStore(Database& db)
    : m_db(db)
    , m_templates(db) {}

TemplateCatalogue TemplateStore::catalogue() const {
    return {codes(m_db, "audit_kind"), codes(m_db, "instrument"), codes(m_db, "measure_kind")};
}

std::vector<FieldError> TemplateStore::check(std::string_view jsonText) const {
    return validateTemplate(jsonText, catalogue());
}

TemplateStore::ImportResult TemplateStore::import(std::string_view jsonText) {
    AuditTemplate parsed = parseTemplate(jsonText, catalogue());
    if (auto stored = find(parsed.id, parsed.version)) {
        if (canonicalTemplateJson(stored->body) == canonicalTemplateJson(jsonText))
            return {*stored, false};
        throw ValidationError("$.version", "version " + std::to_string(parsed.version) + " of template '" +
                                               parsed.id +
                                               "' is already stored with different content; give the changed "
                                               "template a higher version (audits keep the version they were "
                                               "filled with)");
    }
    StoredTemplate record;
    record.id = parsed.key();
    record.templateId = parsed.id;
    record.version = parsed.version;
    record.title = parsed.title;
    record.kind = parsed.kind;
    record.language = parsed.language;
    record.origin = "imported";
    record.body = std::string(jsonText);
    return {m_templates.insert(record), true};
}

std::vector<StoredTemplate> TemplateStore::all() const {
    return m_templates.all("template_id, version");
}

std::optional<StoredTemplate> TemplateStore::find(const std::string& templateId, int version) const {
    return m_templates.find(AuditTemplate::templateKey(templateId, version));
}

std::optional<StoredTemplate> TemplateStore::latest(const std::string& templateId) const {
    auto versions = m_templates.where("template_id = ?", {Value{templateId}}, "version DESC");
    if (versions.empty())
        return std::nullopt;
    return versions.front();
}

const AuditTemplate& TemplateStore::form(const std::string& templateId, int version) {
    auto key = AuditTemplate::templateKey(templateId, version);
    if (auto it = m_parsed.find(key); it != m_parsed.end())
        return it->second;
    auto stored = find(templateId, version);
    if (!stored)
        throw NotFoundError("there is no audit template '" + templateId + "' version " +
                            std::to_string(version));
    // Catalogue codes were checked on import; a code retired since must not make old audits unreadable.
    return m_parsed.emplace(key, parseTemplate(stored->body)).first->second;
}

} // namespace clusterdesk
