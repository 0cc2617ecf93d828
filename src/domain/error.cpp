#include "domain/error.h"

namespace clusterdesk {

namespace {
std::string describe(const std::vector<FieldError>& errors) {
    std::string text;
    for (const auto& e : errors) {
        if (!text.empty())
            text += "; ";
        text += e.field + ": " + e.message;
    }
    return text;
}
} // namespace

ValidationError::ValidationError(std::vector<FieldError> errors)
    : Error(describe(errors))
    , m_errors(std::move(errors)) {}

ValidationError::ValidationError(std::string field, std::string message)
    : ValidationError(std::vector<FieldError>{{std::move(field), std::move(message)}}) {}

} // namespace clusterdesk
