#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clusterdesk {

// A Romanian fiscal code (CUI/CIF): an optional "RO" prefix for VAT-registered companies, then 2 to 10
// digits of which the last is a check digit.
struct FiscalCode {
    std::string digits; // without prefix and spaces, e.g. "4221306"
    bool vatRegistered = false;

    std::string toString() const { return (vatRegistered ? "RO" : "") + digits; }
};

// nullopt when malformed or the check digit does not match. Accepts "RO4221306", "ro 4221306", "4221306".
std::optional<FiscalCode> parseFiscalCode(std::string_view text);

// Why text is not a valid fiscal code, or "" when it is.
std::string fiscalCodeProblem(std::string_view text);

} // namespace clusterdesk
