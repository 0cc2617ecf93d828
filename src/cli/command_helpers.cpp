#include "cli/command_helpers.h"

#include "cli/arguments.h"
#include "domain/error.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace clusterdesk::cli {

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StorageError(path + ": cannot open the file (check the name and that you may read it)");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string padded(const std::string& text, std::size_t width) {
    std::size_t letters = 0;
    for (unsigned char c : text)
        letters += (c & 0xC0) != 0x80;
    return text + std::string(letters < width ? width - letters : 1, ' ');
}

int parseCount(const std::string& text, const std::string& option) {
    int value = 0;
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || value < 1)
        throw UsageError(option + " needs a whole number of at least 1, not '" + text + "'");
    return value;
}

} // namespace clusterdesk::cli
