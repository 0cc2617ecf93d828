#pragma once

#include "domain/error.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace clusterdesk {

// Which company field a spreadsheet column holds; field "" means the column is not imported.
struct ColumnMatch {
    std::string header;
    std::string field;
};

// A --map "Column=field" override names a field or a column that does not exist: a usage mistake, so a
// front end may treat it apart from a malformed file.
class ColumnMappingError : public InputError {
public:
    using InputError::InputError;
};

// The field names a column can map to, in the order a message lists them.
std::vector<std::string> companyImportFields();

// What a header means once case, diacritics, punctuation and a unit in parentheses are left out:
// "Nr. angajați (persoane)" -> "nrangajati". Used to compare headers, never shown.
std::string columnKey(std::string_view header);

// The field a header names in English or Romanian ("CUI", "Cifra de afaceri (EUR)"), or "" when it
// names none of them.
std::string fieldForHeader(std::string_view header);

// Matches every header to a field. overrides maps header text (compared like headers) to a field name or
// alias, "" to ignore the column; an override wins over the name of a column. Throws ColumnMappingError
// for an override naming an unknown column or field, and InputError (naming source and line) when two
// columns hold the same field or a money column is not in EUR.
std::vector<ColumnMatch> matchCompanyColumns(const std::vector<std::string>& headers,
                                             const std::map<std::string, std::string>& overrides,
                                             const std::string& source, std::size_t headerLine);

} // namespace clusterdesk
