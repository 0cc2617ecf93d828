#pragma once

#include "domain/audit_template.h"
#include "domain/error.h"

#include <string_view>
#include <vector>

namespace clusterdesk {

// Every problem of a template file, in document order, each with the JSON path of the offending value
// as its field ("$.sections[2].questions[4].max") and the reason ("must be greater than min"). Empty
// when the template is valid. Catalogue codes (kind, rule instruments and measure kinds) are checked
// only against the non-empty sets of catalogue.
std::vector<FieldError> validateTemplate(std::string_view jsonText, const TemplateCatalogue& catalogue = {});

} // namespace clusterdesk
