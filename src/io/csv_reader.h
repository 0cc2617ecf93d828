#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clusterdesk {

struct CsvRow {
    std::size_t line = 0; // 1-based line in the file where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    char separator = ',';
    std::vector<CsvRow> rows; // rows[0] is the header when the file has one
};

// Reads CSV as spreadsheets export it: ',' ';' or tab separated (detected from the first line), UTF-8
// with or without BOM, CRLF or LF, quoted fields holding separators and line breaks. Throws InputError
// naming source and line when the text is not UTF-8 or a quote is never closed.
CsvTable readCsv(std::string_view text, const std::string& source);

// Reads a whole file; throws StorageError when it cannot be read.
std::string readTextFile(const std::string& path);

// One field as a CSV writer must quote it.
std::string csvField(std::string_view value, char separator = ',');

} // namespace clusterdesk
