#include "cli/table_output.h"

#include "io/csv_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

namespace clusterdesk::cli {

namespace {
// Columns are aligned by characters as a terminal shows them, not bytes (ș is two bytes).
std::size_t displayWidth(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string shorten(const std::string& text, std::size_t width) {
    if (displayWidth(text) <= width)
        return text;
    std::string out;
    std::size_t shown = 0;
    for (char c : text) {
        bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts && shown == width - 1)
            break;
        shown += starts;
        out += c;
    }
    return out + "…";
}

void writeTable(std::ostream& out, const Listing& listing) {
    constexpr std::size_t kMaxWidth = 40;
    std::vector<std::size_t> widths;
    for (const auto& h : listing.headers)
        widths.push_back(displayWidth(h));
    for (const auto& row : listing.rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::min(kMaxWidth, std::max(widths[c], displayWidth(row[c])));
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::string cell = shorten(cells[c], widths[c]);
            out << cell;
            if (c + 1 < cells.size())
                out << std::string(widths[c] - displayWidth(cell) + 2, ' ');
        }
        out << "\n";
    };
    line(listing.headers);
    for (const auto& row : listing.rows)
        line(row);
    out << "(" << listing.rows.size() << " rows)\n";
}
} // namespace

void writeListing(std::ostream& out, const Listing& listing, const std::string& format) {
    if (format == "csv") {
        auto line = [&](const std::vector<std::string>& cells) {
            for (std::size_t c = 0; c < cells.size(); ++c)
                out << (c ? "," : "") << csvField(cells[c]);
            out << "\r\n";
        };
        line(listing.headers);
        for (const auto& row : listing.rows)
            line(row);
    } else if (format == "json") {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& row : listing.rows) {
            nlohmann::ordered_json object;
            for (std::size_t c = 0; c < row.size(); ++c)
                object[listing.headers[c]] = row[c];
            rows.push_back(object);
        }
        out << rows.dump(2) << "\n";
    } else {
        writeTable(out, listing);
    }
}

} // namespace clusterdesk::cli
