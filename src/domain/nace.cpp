#include "domain/nace.h"

#include <cctype>

namespace clusterdesk {

std::optional<std::string> normaliseNaceCode(std::string_view text) {
    std::string digits;
    bool sawDot = false;
    std::size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
        ++i;
    // An optional section letter in front ("C 28.30", "C28.30").
    if (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
        ++i;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c == '.' && digits.size() == 2 && !sawDot)
            sawDot = true;
        else if (!std::isspace(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    if (digits.size() < 2 || digits.size() > 4 || digits.substr(0, 2) == "00")
        return std::nullopt;
    if (digits.size() == 2)
        return digits;
    return digits.substr(0, 2) + "." + digits.substr(2);
}

int naceDivision(const std::string& normalisedCode) {
    if (normalisedCode.size() < 2)
        return 0;
    return (normalisedCode[0] - '0') * 10 + (normalisedCode[1] - '0');
}

bool isKnownNaceVersion(std::string_view version) {
    for (const char* v : kNaceVersions)
        if (version == v)
            return true;
    return false;
}

} // namespace clusterdesk
