#pragma once

#include "domain/audit.h"
#include "domain/audit_template.h"
#include "storage/audit_mappings.h"
#include "storage/database.h"
#include "storage/entity_store.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clusterdesk {

// The audit form templates of one database: bundled ones and those users imported. Every version is
// kept; importing a version never changes one already stored, so audits filled with it read the same.
class TemplateStore {
public:
    explicit TemplateStore(Database& db);

    // The audit kinds, instruments and measure kinds of this database's catalogues.
    TemplateCatalogue catalogue() const;

    // Problems with JSON paths, as `template validate` and import report them; empty when valid.
    std::vector<FieldError> check(std::string_view jsonText) const;

    struct ImportResult {
        StoredTemplate stored;
        bool added = false; // false when the very same version was already there
    };
    // Throws ValidationError (fields are JSON paths) when the template is not valid, or when another
    // text is already stored under the same id and version.
    ImportResult import(std::string_view jsonText);

    // Every stored version, by template id then version.
    std::vector<StoredTemplate> all() const;
    std::optional<StoredTemplate> find(const std::string& templateId, int version) const;
    std::optional<StoredTemplate> latest(const std::string& templateId) const;

    // The parsed template of a stored version; throws NotFoundError. Parsed once per store.
    const AuditTemplate& form(const std::string& templateId, int version);

private:
    Database& m_db;
    EntityStore<StoredTemplate> m_templates;
    std::map<std::string, AuditTemplate> m_parsed;
};

} // namespace clusterdesk
