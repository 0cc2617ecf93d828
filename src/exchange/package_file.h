#pragma once

#include "exchange/package.h"

#include <nlohmann/json.hpp>
#include <string>

namespace clusterdesk {

// The package as the JSON member "content" of a .cdx file.
nlohmann::json packageContent(const Package& package);

// The whole file: format name and version, the SHA-256 checksum of the content, the content.
std::string sealPackage(const nlohmann::json& content);
std::string packageText(const Package& package);

// Reads a package, refusing with an InputError naming source and what is wrong: not JSON, truncated,
// not a ClusterDesk package, another format version, a checksum that does not match, a member missing
// or of the wrong type. It does not look at the database: the importer checks entities, fields and
// references.
Package parsePackage(const std::string& text, const std::string& source);

// Writes through a temporary file renamed into place, so a failed write leaves no half package.
void writePackageFile(const Package& package, const std::string& path);
Package readPackageFile(const std::string& path);

} // namespace clusterdesk
