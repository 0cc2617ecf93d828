#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace clusterdesk {

// A calendar date without time zone, as users write them on forms (ISO 8601: YYYY-MM-DD).
class Date {
public:
    Date() = default;
    Date(int year, unsigned month, unsigned day);

    // Accepts YYYY-MM-DD only; nullopt when malformed or not a real day (2016-02-30).
    static std::optional<Date> parse(std::string_view text);
    // Like parse() but throws ValidationError naming field.
    static Date parseOrThrow(std::string_view text, const std::string& field);
    static Date today();

    int year() const { return m_year; }
    unsigned month() const { return m_month; }
    unsigned day() const { return m_day; }
    bool isValid() const { return m_year != 0; }

    std::string toString() const;
    Date addDays(int days) const;
    Date addMonths(int months) const; // clamps to the month's last day
    int quarter() const { return static_cast<int>((m_month - 1) / 3 + 1); }

    auto operator<=>(const Date&) const = default;

private:
    int m_year = 0;
    unsigned m_month = 0;
    unsigned m_day = 0;
};

// A closed interval of days: a date belongs to it when from <= date <= to.
struct Period {
    Date from;
    Date to;

    bool contains(const Date& d) const { return from <= d && d <= to; }
    // "2016-Q3" -> 2016-07-01..2016-09-30; throws ValidationError when malformed.
    static Period quarter(std::string_view text);
    static Period quarterOf(const Date& d);
    static Period year(int year);
    Period previousQuarter() const;   // the quarter before the one from starts in
    Period yearToDate() const;        // Jan 1 of to's year .. to
    std::string quarterLabel() const; // "2016-Q3" when the period is exactly a quarter, else ""
    bool operator==(const Period&) const = default;
};

// The current UTC time as ISO 8601 with seconds, e.g. 2026-11-22T10:15:00Z.
std::string utcTimestamp();

} // namespace clusterdesk
