#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace clusterdesk {

// Each stored enum specialises EnumNames with its stable text codes (what the database and files hold).
template <class E> struct EnumNames;

template <class E> std::string toCode(E value) {
    for (const auto& [v, code] : EnumNames<E>::values)
        if (v == value)
            return std::string(code);
    return {};
}

template <class E> std::optional<E> fromCode(std::string_view code) {
    for (const auto& [v, c] : EnumNames<E>::values)
        if (c == code)
            return v;
    return std::nullopt;
}

// "a, b, c": for messages that list the accepted codes.
template <class E> std::string allCodes() {
    std::string out;
    for (const auto& [v, c] : EnumNames<E>::values) {
        if (!out.empty())
            out += ", ";
        out += c;
    }
    return out;
}

#define CLUSTERDESK_ENUM_NAMES(E, ...)                                                                       \
    template <> struct EnumNames<E> {                                                                        \
        static constexpr auto values = std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__});         \
    }

} // namespace clusterdesk
