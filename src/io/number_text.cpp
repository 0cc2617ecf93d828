#include "io/number_text.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace clusterdesk {

namespace {
// Spaces of every kind spreadsheets put between thousands become ' '.
std::string normaliseSpaces(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 2) == "\xC2\xA0") { // no-break space
            out += ' ';
            ++i;
        } else if (text.substr(i, 3) == "\xE2\x80\xAF" || text.substr(i, 3) == "\xE2\x80\x89") {
            out += ' '; // narrow no-break space, thin space
            i += 2;
        } else {
            out += text[i] == '\t' ? ' ' : text[i];
        }
    }
    return out;
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1.234.567" with '.' and ' ' as group marks: the first group has 1 to 3 digits, every other one 3.
std::optional<std::string> ungroup(std::string_view integer, std::string_view groupMarks) {
    std::vector<std::string_view> groups;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= integer.size(); ++i)
        if (i == integer.size() || groupMarks.find(integer[i]) != std::string_view::npos) {
            groups.push_back(integer.substr(start, i - start));
            start = i + 1;
        }
    std::string digits;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!allDigits(groups[g]))
            return std::nullopt;
        if (groups.size() > 1 && (g == 0 ? groups[g].size() > 3 : groups[g].size() != 3))
            return std::nullopt;
        digits += groups[g];
    }
    return digits;
}
} // namespace

std::optional<double> parseNumberText(std::string_view input) {
    std::string text = normaliseSpaces(input);
    auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return std::nullopt;
    text = text.substr(first, text.find_last_not_of(' ') - first + 1);

    bool negative = false;
    if (text.front() == '-' || text.front() == '+') {
        negative = text.front() == '-';
        text.erase(0, 1);
    }
    if (text.empty() || text.find_first_not_of("0123456789., ") != std::string::npos)
        return std::nullopt;

    auto dots = std::count(text.begin(), text.end(), '.');
    auto commas = std::count(text.begin(), text.end(), ',');
    char decimal = 0; // the decimal mark, 0 when the number is whole
    if (dots > 0 && commas > 0) {
        decimal = text.find_last_of('.') > text.find_last_of(',') ? '.' : ',';
        if ((decimal == '.' ? dots : commas) != 1)
            return std::nullopt;
    } else if (dots + commas == 1) {
        char mark = dots ? '.' : ',';
        std::size_t at = text.find(mark);
        std::string_view before = std::string_view(text).substr(0, at);
        bool thousands = text.size() - at - 1 == 3 && before.find(' ') == std::string::npos &&
                         !before.empty() && before.size() <= 3 && before.front() != '0';
        if (!thousands)
            decimal = mark;
    }

    std::string_view whole = text;
    std::string_view fraction;
    if (decimal) {
        std::size_t at = text.find(decimal);
        whole = std::string_view(text).substr(0, at);
        fraction = std::string_view(text).substr(at + 1);
        if (!allDigits(fraction))
            return std::nullopt;
    }
    std::string groupMarks = " ";
    if (decimal != '.' && dots)
        groupMarks += '.';
    if (decimal != ',' && commas)
        groupMarks += ',';
    std::string digits = "0";
    if (!whole.empty()) {
        auto ungrouped = ungroup(whole, groupMarks);
        if (!ungrouped)
            return std::nullopt;
        digits = *ungrouped;
    } else if (fraction.empty()) {
        return std::nullopt;
    }
    std::string canonical = digits + (fraction.empty() ? "" : "." + std::string(fraction));
    double value = 0;
    auto [end, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
    if (ec != std::errc{} || end != canonical.data() + canonical.size())
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace clusterdesk
