#pragma once

#include <string>
#include <string_view>

namespace clusterdesk {

std::string trim(std::string_view text);

// Older Romanian systems write ş ţ (cedilla); the correct letters are ș ț (comma below).
std::string fixRomanianLetters(std::string_view utf8);

// Lower-case ASCII with Romanian and common Latin diacritics removed: for matching what people typed
// ("Angajați" and "angajati" match), never for storing.
std::string foldDiacritics(std::string_view utf8);

// True when text is valid UTF-8.
bool isValidUtf8(std::string_view text);

} // namespace clusterdesk
