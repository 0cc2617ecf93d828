#include "io/number_text.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace clusterdesk;

namespace {
// The number read, or NaN so a failed read shows in the check's message.
double number(std::string_view text) {
    return parseNumberText(text).value_or(std::numeric_limits<double>::quiet_NaN());
}
} // namespace

TEST_CASE("numbers are read in the formats spreadsheets export", "[number]") {
    CHECK(number("1234567.89") == Approx(1234567.89));
    CHECK(number("1234567,89") == Approx(1234567.89));
    CHECK(number("1.234.567,89") == Approx(1234567.89));
    CHECK(number("1,234,567.89") == Approx(1234567.89));
    CHECK(number("1 234 567") == Approx(1234567));
    CHECK(number("1\xC2\xA0"
                 "234\xC2\xA0"
                 "567,5") == Approx(1234567.5));
    CHECK(number("1.234.567") == Approx(1234567));
    CHECK(number("  42 ") == Approx(42));
    CHECK(number("-3") == Approx(-3));
}

TEST_CASE("a single mark before three digits groups thousands, otherwise it is the decimal mark",
          "[number]") {
    CHECK(number("12.500") == Approx(12500));
    CHECK(number("1,234") == Approx(1234));
    CHECK(number("2,5") == Approx(2.5));
    CHECK(number("0.500") == Approx(0.5));
    CHECK(number("1234.567") == Approx(1234.567));
    CHECK(number("12.5") == Approx(12.5));
}

TEST_CASE("text that is not a number is refused", "[number]") {
    CHECK_FALSE(parseNumberText(""));
    CHECK_FALSE(parseNumberText("lots"));
    CHECK_FALSE(parseNumberText("12 EUR"));
    CHECK_FALSE(parseNumberText("1e5"));
    CHECK_FALSE(parseNumberText("1,5,6"));
    CHECK_FALSE(parseNumberText("12 34"));
    CHECK_FALSE(parseNumberText("1.2.3,4,5"));
    CHECK_FALSE(parseNumberText("-"));
    CHECK_FALSE(parseNumberText("5."));
}
