#include "io/csv_reader.h"

#include "domain/error.h"
#include "domain/text.h"

#include <csv.h>
#include <fstream>
#include <memory>
#include <sstream>

namespace clusterdesk {

namespace {
char detectSeparator(std::string_view firstLine) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted)
            commas += c == ',', semicolons += c == ';', tabs += c == '\t';
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

struct Collector {
    CsvTable table;
    CsvRow current;
    std::size_t currentLine = 1;
    bool awaitingStart = true;
};

void onField(void* data, std::size_t length, void* context) {
    auto* c = static_cast<Collector*>(context);
    c->current.fields.emplace_back(static_cast<const char*>(data), length);
}

void onRow(int, void* context) {
    auto* c = static_cast<Collector*>(context);
    c->table.rows.push_back(std::move(c->current));
    c->current = {};
    c->awaitingStart = true;
}

struct ParserDeleter {
    void operator()(csv_parser* p) const {
        csv_free(p);
        delete p;
    }
};
} // namespace

CsvTable readCsv(std::string_view text, const std::string& source) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);

    Collector collector;
    // From the first line that holds anything: exports sometimes start with empty lines.
    std::size_t firstLine = text.find_first_not_of("\r\n");
    firstLine = firstLine == std::string_view::npos ? text.size() : firstLine;
    collector.table.separator =
        detectSeparator(text.substr(firstLine, text.find('\n', firstLine) - firstLine));

    std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw InputError(source + ": could not start the CSV reader");
    csv_set_delim(parser.get(), static_cast<unsigned char>(collector.table.separator));

    const std::string_view blanks = collector.table.separator == '\t' ? " \r\n" : " \t\r\n";
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string_view::npos ? text.size() : end + 1;
        std::string_view line = text.substr(pos, end - pos);
        if (!isValidUtf8(line))
            throw InputError(
                source + ", line " + std::to_string(collector.currentLine) +
                ": the text is not UTF-8; save the spreadsheet as \"CSV UTF-8\" and import again");
        // libcsv skips lines of nothing but blanks, so the next record cannot start on one.
        if (collector.awaitingStart && line.find_first_not_of(blanks) != std::string_view::npos) {
            collector.current.line = collector.currentLine;
            collector.awaitingStart = false;
        }
        if (csv_parse(parser.get(), line.data(), line.size(), onField, onRow, &collector) != line.size())
            throw InputError(source + ", line " + std::to_string(collector.currentLine) + ": " +
                             csv_strerror(csv_error(parser.get())) + " (check the quotes on this line)");
        pos = end;
        ++collector.currentLine;
    }
    if (csv_fini(parser.get(), onField, onRow, &collector) != 0)
        throw InputError(source + ", line " + std::to_string(collector.current.line) +
                         ": a quoted field is never closed; a \" is missing");
    return std::move(collector.table);
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StorageError(path + ": cannot open the file for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw StorageError(path + ": reading the file failed");
    return buffer.str();
}

std::string csvField(std::string_view value, char separator) {
    if (value.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string_view::npos)
        return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace clusterdesk
