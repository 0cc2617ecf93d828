#include "domain/text.h"

#include <cctype>
#include <cstdint>
#include <utility>

namespace clusterdesk {

namespace {
// Decodes one code point; returns bytes consumed (0 when invalid).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char c = b(0);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    return n;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

char32_t fixLetter(char32_t cp) {
    switch (cp) {
    case U'\u015E':
        return U'\u0218'; // Ş -> Ș
    case U'\u015F':
        return U'\u0219'; // ş -> ș
    case U'\u0162':
        return U'\u021A'; // Ţ -> Ț
    case U'\u0163':
        return U'\u021B'; // ţ -> ț
    default:
        return cp;
    }
}

// Base letter of the Latin letters Romanian, Hungarian and German names use; 0 when not one of them.
char baseLetter(char32_t cp) {
    static const std::pair<std::u32string_view, char> groups[] = {
        {U"àáâãäåăą", 'a'}, {U"ÀÁÂÃÄÅĂĄ", 'a'}, {U"çćč", 'c'},   {U"ÇĆČ", 'c'},  {U"èéêëęě", 'e'},
        {U"ÈÉÊËĘĚ", 'e'},   {U"ìíîï", 'i'},     {U"ÌÍÎÏ", 'i'},  {U"ñń", 'n'},   {U"ÑŃ", 'n'},
        {U"òóôõöőø", 'o'},  {U"ÒÓÔÕÖŐØ", 'o'},  {U"şșšś", 's'},  {U"ŞȘŠŚ", 's'}, {U"ţțť", 't'},
        {U"ŢȚŤ", 't'},      {U"ùúûüű", 'u'},    {U"ÙÚÛÜŰ", 'u'}, {U"ýÿ", 'y'},   {U"Ý", 'y'},
        {U"žźż", 'z'},      {U"ŽŹŻ", 'z'},      {U"ß", 's'},
    };
    for (const auto& [letters, base] : groups)
        if (letters.find(cp) != std::u32string_view::npos)
            return base;
    return 0;
}
} // namespace

std::string trim(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1])))
        --e;
    return std::string(text.substr(b, e - b));
}

std::string fixRomanianLetters(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        std::size_t n = decode(utf8, i, cp);
        if (n == 0) { // keep bytes we cannot decode as they are
            out += utf8[i++];
            continue;
        }
        encode(fixLetter(cp), out);
        i += n;
    }
    return out;
}

std::string foldDiacritics(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        std::size_t n = decode(utf8, i, cp);
        if (n == 0) {
            ++i;
            continue;
        }
        i += n;
        if (cp < 0x80)
            out += static_cast<char>(std::tolower(static_cast<int>(cp)));
        else if (char base = baseLetter(cp))
            out += base;
        else
            encode(cp, out);
    }
    return out;
}

bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t n = decode(text, i, cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

} // namespace clusterdesk
