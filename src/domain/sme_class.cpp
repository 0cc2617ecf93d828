#include "domain/sme_class.h"

namespace clusterdesk {

namespace {
struct Ceiling {
    SizeClass sizeClass;
    int staffBelow;
    double turnoverMax;
    double balanceMax;
};

constexpr Ceiling kCeilings[] = {
    {SizeClass::Micro, 10, 2e6, 2e6},
    {SizeClass::Small, 50, 10e6, 10e6},
    {SizeClass::Medium, 250, 50e6, 43e6},
};

bool withinFinancial(const Ceiling& c, std::optional<double> turnover, std::optional<double> balance) {
    // With no financial figures at all, headcount alone decides.
    if (!turnover && !balance)
        return true;
    return (turnover && *turnover <= c.turnoverMax) || (balance && *balance <= c.balanceMax);
}
} // namespace

SizeClass classifySize(std::optional<int> headcount, std::optional<double> turnoverEur,
                       std::optional<double> balanceSheetEur) {
    if (!headcount || *headcount < 0)
        return SizeClass::Unknown;
    for (const auto& c : kCeilings)
        if (*headcount < c.staffBelow && withinFinancial(c, turnoverEur, balanceSheetEur))
            return c.sizeClass;
    return SizeClass::Large;
}

std::string toString(SizeClass c) {
    switch (c) {
    case SizeClass::Micro:
        return "micro";
    case SizeClass::Small:
        return "small";
    case SizeClass::Medium:
        return "medium";
    case SizeClass::Large:
        return "large";
    case SizeClass::Unknown:
        break;
    }
    return "unknown";
}

SizeClass sizeClassFromString(const std::string& text) {
    for (SizeClass c : {SizeClass::Micro, SizeClass::Small, SizeClass::Medium, SizeClass::Large})
        if (toString(c) == text)
            return c;
    return SizeClass::Unknown;
}

} // namespace clusterdesk
