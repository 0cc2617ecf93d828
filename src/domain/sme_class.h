#pragma once

#include <optional>
#include <string>

namespace clusterdesk {

// EU SME definition (Recommendation 2003/361/EC). Headcount decides first; either financial ceiling suffices.
enum class SizeClass { Unknown, Micro, Small, Medium, Large };

SizeClass classifySize(std::optional<int> headcount, std::optional<double> turnoverEur,
                       std::optional<double> balanceSheetEur);

std::string toString(SizeClass c);
SizeClass sizeClassFromString(const std::string& text);

} // namespace clusterdesk
