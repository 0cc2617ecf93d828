#include "reports/figure_format.h"

#include "reports/report_sections.h"

#include <cmath>
#include <cstdio>

namespace clusterdesk {

namespace {
std::string grouped(const std::string& number) {
    const auto dot = number.find('.');
    const std::string whole = number.substr(0, dot);
    const std::size_t start = !whole.empty() && whole[0] == '-' ? 1 : 0;
    std::string out = whole.substr(0, start);
    for (std::size_t i = start; i < whole.size(); ++i) {
        if (i > start && (whole.size() - i) % 3 == 0)
            out += ',';
        out += whole[i];
    }
    return dot == std::string::npos ? out : out + number.substr(dot);
}
} // namespace

std::string trimmedNumber(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::string plainFigure(const nlohmann::json& value, FigureKind kind) {
    if (value.is_null())
        return {};
    if (value.is_string())
        return value.get<std::string>();
    if (!value.is_number())
        return value.dump();
    const double number = value.get<double>();
    switch (kind) {
    case FigureKind::Count:
        return trimmedNumber(number, 0);
    case FigureKind::Ratio:
        return trimmedNumber(number, 4);
    default:
        return trimmedNumber(number, 2);
    }
}

std::string printedFigure(const nlohmann::json& value, FigureKind kind) {
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty()))
        return "\u2013";
    if (value.is_string())
        return readableCode(value.get<std::string>());
    if (!value.is_number())
        return value.dump();
    const double number = value.get<double>();
    switch (kind) {
    case FigureKind::Count:
        return grouped(trimmedNumber(number, 0));
    case FigureKind::Ratio:
        return trimmedNumber(number * 100.0, 0) + "\u00a0%";
    case FigureKind::Euro:
        return grouped(trimmedNumber(number, std::fabs(number) >= 1000 ? 0 : 2));
    default:
        return grouped(trimmedNumber(number, 2));
    }
}

} // namespace clusterdesk
