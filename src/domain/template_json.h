#pragma once

// Private to the domain: the JSON side of templates, shared by parsing and validation.
#include "domain/audit_template.h"
#include "domain/error.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

namespace clusterdesk::template_json {

// The document, or nullopt with the syntax error added to errors.
std::optional<nlohmann::json> parseDocument(std::string_view text, std::vector<FieldError>& errors);
std::vector<FieldError> validateDocument(const nlohmann::json& doc, const TemplateCatalogue& catalogue);

} // namespace clusterdesk::template_json
