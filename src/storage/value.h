#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/fiscal_code.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace clusterdesk {

// One stored field. Empty text and absent optionals are NULL, so references and "not given" look alike.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

void bindValue(SQLite::Statement& statement, int index, const Value& value);
Value readValue(const SQLite::Column& column);
// The text form the change log keeps; nullopt for NULL.
std::optional<std::string> valueText(const Value& value);
bool sameValue(const Value& a, const Value& b);

// How each member type of a domain struct becomes a Value and back.
template <class M> struct ValueTraits;

template <> struct ValueTraits<std::string> {
    static Value to(const std::string& v) { return v.empty() ? Value{} : Value{v}; }
    static std::string from(const Value& v) {
        return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string{};
    }
};

template <> struct ValueTraits<Date> {
    static Value to(const Date& v) { return v.isValid() ? Value{v.toString()} : Value{}; }
    static Date from(const Value& v) {
        return Date::parse(ValueTraits<std::string>::from(v)).value_or(Date{});
    }
};

template <> struct ValueTraits<double> {
    static Value to(double v) { return v; }
    static double from(const Value& v) {
        if (auto* d = std::get_if<double>(&v))
            return *d;
        if (auto* i = std::get_if<std::int64_t>(&v))
            return static_cast<double>(*i);
        return 0.0;
    }
};

template <> struct ValueTraits<int> {
    static Value to(int v) { return static_cast<std::int64_t>(v); }
    static int from(const Value& v) {
        if (auto* i = std::get_if<std::int64_t>(&v))
            return static_cast<int>(*i);
        if (auto* d = std::get_if<double>(&v))
            return static_cast<int>(*d);
        return 0;
    }
};

template <> struct ValueTraits<bool> {
    static Value to(bool v) { return static_cast<std::int64_t>(v ? 1 : 0); }
    static bool from(const Value& v) { return ValueTraits<int>::from(v) != 0; }
};

template <class M> struct ValueTraits<std::optional<M>> {
    static Value to(const std::optional<M>& v) { return v ? ValueTraits<M>::to(*v) : Value{}; }
    static std::optional<M> from(const Value& v) {
        if (std::holds_alternative<std::monostate>(v))
            return std::nullopt;
        return ValueTraits<M>::from(v);
    }
};

template <class E>
requires std::is_enum_v<E>
struct ValueTraits<E> {
    static Value to(E v) { return toCode(v); }
    static E from(const Value& v) { return fromCode<E>(ValueTraits<std::string>::from(v)).value_or(E{}); }
};

} // namespace clusterdesk
