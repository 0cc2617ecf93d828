#pragma once

#include <string>

namespace clusterdesk::cli {

// Small helpers the commands share.

// The whole content of a file; throws StorageError naming the file when it cannot be read.
std::string readTextFile(const std::string& path);

// text followed by spaces up to width characters (UTF-8 letters count as one), at least one space.
std::string padded(const std::string& text, std::size_t width);

// A whole number of at least 1 given for option; throws UsageError otherwise.
int parseCount(const std::string& text, const std::string& option);

} // namespace clusterdesk::cli
