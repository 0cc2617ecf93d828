#pragma once

#include <string_view>
#include <vector>

namespace clusterdesk {

// The CSV text of a bundled catalogue ("instruments", "audit-kinds", "measure-kinds", "nace-sections",
// "nuts2-regions"); empty when there is none by that name.
std::string_view embeddedCatalogue(std::string_view name);
std::vector<std::string_view> embeddedCatalogueNames();

} // namespace clusterdesk
