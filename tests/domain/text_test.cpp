#include "domain/text.h"

#include <catch2/catch.hpp>

using namespace clusterdesk;

TEST_CASE("cedilla letters become the correct comma-below letters", "[text]") {
    CHECK(fixRomanianLetters("Timişoara, Ţara Şerpilor, ţesături, Ş") ==
          "Timișoara, Țara Șerpilor, țesături, Ș");
    CHECK(fixRomanianLetters("already ș ț") == "already ș ț");
}

TEST_CASE("folding removes diacritics and case for matching", "[text]") {
    CHECK(foldDiacritics("Angajați") == "angajati");
    CHECK(foldDiacritics("ADRESĂ") == "adresa");
    CHECK(foldDiacritics("Oraş") == "oras");
    CHECK(foldDiacritics("Întreprindere") == "intreprindere");
}

TEST_CASE("UTF-8 validity is detected", "[text]") {
    CHECK(isValidUtf8("Brașov"));
    CHECK_FALSE(isValidUtf8("Bra\xba"
                            "ov"));
    CHECK(trim("  a b \r\n") == "a b");
}
