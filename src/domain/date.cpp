#include "domain/date.h"

#include "domain/error.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace clusterdesk {

namespace {
namespace chr = std::chrono;

bool parseNumber(std::string_view text, int& out) {
    if (text.empty())
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

Date fromSys(chr::sys_days days) {
    chr::year_month_day ymd{days};
    return Date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
}

chr::sys_days toSys(const Date& d) {
    return chr::sys_days{chr::year{d.year()} / chr::month{d.month()} / chr::day{d.day()}};
}
} // namespace

Date::Date(int year, unsigned month, unsigned day)
    : m_year(year)
    , m_month(month)
    , m_day(day) {
    if (!chr::year_month_day{chr::year{year}, chr::month{month}, chr::day{day}}.ok())
        throw ValidationError("date", "not a calendar day: " + std::to_string(year) + "-" +
                                          std::to_string(month) + "-" + std::to_string(day));
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parseNumber(text.substr(0, 4), y) || !parseNumber(text.substr(5, 2), m) ||
        !parseNumber(text.substr(8, 2), d))
        return std::nullopt;
    if (y < 1900 || m < 1 || d < 1)
        return std::nullopt;
    if (!chr::year_month_day{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                             chr::day{static_cast<unsigned>(d)}}
             .ok())
        return std::nullopt;
    return Date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

Date Date::parseOrThrow(std::string_view text, const std::string& field) {
    if (auto d = parse(text))
        return *d;
    throw ValidationError(field, "'" + std::string(text) +
                                     "' is not a date; write it as YYYY-MM-DD, e.g. 2016-03-15");
}

Date Date::today() {
    return fromSys(chr::floor<chr::days>(chr::system_clock::now()));
}

std::string Date::toString() const {
    if (!isValid())
        return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", m_year, m_month, m_day);
    return buf;
}

Date Date::addDays(int days) const {
    return fromSys(toSys(*this) + chr::days{days});
}

Date Date::addMonths(int months) const {
    chr::year_month ym = chr::year{m_year} / chr::month{m_month};
    ym += chr::months{months};
    auto last = chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}};
    unsigned day = std::min(m_day, static_cast<unsigned>(last.day()));
    return Date(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()), day);
}

Period Period::quarter(std::string_view text) {
    int y = 0, q = 0;
    if (text.size() != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q') ||
        !parseNumber(text.substr(0, 4), y) || !parseNumber(text.substr(6, 1), q) || q < 1 || q > 4 ||
        y < 1900)
        throw ValidationError("quarter", "'" + std::string(text) +
                                             "' is not a quarter; write it as YYYY-Qn, e.g. 2016-Q3");
    Date from(y, static_cast<unsigned>((q - 1) * 3 + 1), 1);
    return {from, from.addMonths(3).addDays(-1)};
}

Period Period::quarterOf(const Date& d) {
    Date from(d.year(), static_cast<unsigned>((d.quarter() - 1) * 3 + 1), 1);
    return {from, from.addMonths(3).addDays(-1)};
}

Period Period::year(int year) {
    return {Date(year, 1, 1), Date(year, 12, 31)};
}

Period Period::previousQuarter() const {
    return quarterOf(quarterOf(from).from.addDays(-1));
}

Period Period::yearToDate() const {
    return {Date(to.year(), 1, 1), to};
}

std::string Period::quarterLabel() const {
    if (quarterOf(from) != *this)
        return {};
    return std::to_string(from.year()) + "-Q" + std::to_string(from.quarter());
}

std::string utcTimestamp() {
    auto now = chr::floor<chr::seconds>(chr::system_clock::now());
    auto days = chr::floor<chr::days>(now);
    chr::hh_mm_ss hms{now - days};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", fromSys(days).toString().c_str(),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

} // namespace clusterdesk
