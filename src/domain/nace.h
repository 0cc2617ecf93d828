#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clusterdesk {

// A NACE Rev. 2 code as people write it ("28.30", "2830", "28.3", "28", "C 28.30") in the dotted form
// "28.30"; nullopt when it is not one.
std::optional<std::string> normaliseNaceCode(std::string_view text);

// The two-digit division of a normalised code ("28.30" -> 28).
int naceDivision(const std::string& normalisedCode);

inline constexpr const char* kNaceVersions[] = {"2.0", "2.1"};
bool isKnownNaceVersion(std::string_view version);

} // namespace clusterdesk
