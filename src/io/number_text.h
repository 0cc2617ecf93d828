#pragma once

#include <optional>
#include <string_view>

namespace clusterdesk {

// A number as spreadsheets and people write it: "1234567.89", "1.234.567,89", "1,234,567.89",
// "1 234 567", "1234,5", with an optional sign. When '.' and ',' both appear the last one is the decimal
// mark; a single mark followed by exactly three digits ("12.500", "1,234") groups thousands, because
// amounts and headcounts are rarely written with three decimals. nullopt when text is not a number.
// Independent of the process locale.
std::optional<double> parseNumberText(std::string_view text);

} // namespace clusterdesk
