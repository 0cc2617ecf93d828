#include "storage/value.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace clusterdesk {

void bindValue(SQLite::Statement& statement, int index, const Value& value) {
    std::visit(
        [&](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                statement.bind(index);
            else if constexpr (std::is_same_v<V, std::int64_t>)
                statement.bind(index, static_cast<int64_t>(v));
            else
                statement.bind(index, v);
        },
        value);
}

Value readValue(const SQLite::Column& column) {
    if (column.isNull())
        return {};
    if (column.isInteger())
        return static_cast<std::int64_t>(column.getInt64());
    if (column.isFloat())
        return column.getDouble();
    return column.getString();
}

std::optional<std::string> valueText(const Value& value) {
    if (std::holds_alternative<std::monostate>(value))
        return std::nullopt;
    if (auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (auto* d = std::get_if<double>(&value)) {
        char buf[32];
        if (std::trunc(*d) == *d && std::fabs(*d) < 1e15) {
            std::snprintf(buf, sizeof buf, "%.0f", *d);
            return std::string(buf);
        }
        // Shortest text that reads back as the same double.
        for (int precision = 1; precision <= 17; ++precision) {
            std::snprintf(buf, sizeof buf, "%.*g", precision, *d);
            if (std::strtod(buf, nullptr) == *d)
                break;
        }
        return std::string(buf);
    }
    return std::get<std::string>(value);
}

bool sameValue(const Value& a, const Value& b) {
    // 2 and 2.0 are the same amount whichever way SQLite stored it.
    auto asDouble = [](const Value& v, double& out) {
        if (auto* i = std::get_if<std::int64_t>(&v))
            return out = static_cast<double>(*i), true;
        if (auto* d = std::get_if<double>(&v))
            return out = *d, true;
        return false;
    };
    double x = 0, y = 0;
    if (asDouble(a, x) && asDouble(b, y))
        return x == y;
    return a == b;
}

} // namespace clusterdesk
