#pragma once

#include "domain/company.h"
#include "io/company_columns.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace clusterdesk {

// One reason a row cannot be imported: the 1-based line of the file where the row starts, the company
// field it concerns ("" for the row as a whole) and what to change.
struct ImportProblem {
    std::size_t line = 0;
    std::string field;
    std::string message;
};

struct CompanyImportRow {
    std::size_t line = 0;
    Company company; // only the cells the file fills in are set; region as written (code or name)
};

struct ParsedCompanies {
    char separator = ',';
    std::vector<ColumnMatch> columns;
    std::vector<CompanyImportRow> rows;  // the rows without problems
    std::vector<ImportProblem> problems; // in line order
};

// Reads a spreadsheet export of member companies (see readCsv for the formats). Columns are found by
// their names (companyImportFields, English or Romanian, any order); overrides maps header text to a
// field (--map "Column=field"). Values are trimmed, cedilla letters corrected, fiscal code, NACE code,
// numbers and e-mail checked and the domain rules applied; every bad row becomes a problem. Regions are
// kept as written (a NUTS 2 code such as RO11 in capitals, or a name): the region catalogue lives in the
// database, so storage resolves them (importCompanies).
// Throws InputError naming source and line when the file itself is malformed or has no name column, and
// ColumnMappingError when an override names an unknown field or column.
ParsedCompanies parseCompanyCsv(std::string_view text, const std::string& source,
                                const std::map<std::string, std::string>& overrides = {});

} // namespace clusterdesk
