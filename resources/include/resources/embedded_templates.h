#pragma once

#include <string_view>
#include <vector>

namespace clusterdesk {

// The JSON text of a bundled audit form template, by file name without ".json" ("technology-audit",
// "business-review", ...); empty when there is none by that name.
std::string_view embeddedTemplate(std::string_view name);
std::vector<std::string_view> embeddedTemplateNames();

} // namespace clusterdesk
