#pragma once

#include <string>
#include <string_view>

namespace clusterdesk {

// SHA-256 of data as 64 lowercase hex digits (OpenSSL's libcrypto).
std::string sha256Hex(std::string_view data);

} // namespace clusterdesk
