#include "domain/fiscal_code.h"

#include <array>
#include <cctype>

namespace clusterdesk {

namespace {
struct Parsed {
    std::string digits;
    bool vat = false;
    std::string problem;
};

Parsed split(std::string_view text) {
    Parsed p;
    std::string compact;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            compact += c;
    if (compact.size() >= 2 && std::toupper(static_cast<unsigned char>(compact[0])) == 'R' &&
        std::toupper(static_cast<unsigned char>(compact[1])) == 'O') {
        p.vat = true;
        compact.erase(0, 2);
    }
    if (compact.empty()) {
        p.problem = "no digits after the RO prefix";
        return p;
    }
    for (char c : compact)
        if (c < '0' || c > '9') {
            p.problem = "only digits may follow the optional RO prefix";
            return p;
        }
    if (compact.size() < 2 || compact.size() > 10) {
        p.problem = "a fiscal code has 2 to 10 digits, this one has " + std::to_string(compact.size());
        return p;
    }
    p.digits = compact;
    return p;
}

int checkDigitFor(const std::string& body) {
    static constexpr std::array<int, 9> key{7, 5, 3, 2, 1, 7, 5, 3, 2};
    std::string padded = std::string(9 - body.size(), '0') + body;
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i)
        sum += (padded[i] - '0') * key[i];
    int check = sum * 10 % 11;
    return check == 10 ? 0 : check;
}
} // namespace

std::string fiscalCodeProblem(std::string_view text) {
    Parsed p = split(text);
    if (!p.problem.empty())
        return p.problem;
    std::string body = p.digits.substr(0, p.digits.size() - 1);
    int expected = checkDigitFor(body);
    if (p.digits.back() - '0' != expected)
        return "the check digit should be " + std::to_string(expected) + ", not " + p.digits.back();
    return {};
}

std::optional<FiscalCode> parseFiscalCode(std::string_view text) {
    if (!fiscalCodeProblem(text).empty())
        return std::nullopt;
    Parsed p = split(text);
    return FiscalCode{p.digits, p.vat};
}

} // namespace clusterdesk
