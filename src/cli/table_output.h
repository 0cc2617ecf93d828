#pragma once

#include "storage/record_listing.h"

#include <iosfwd>
#include <string>

namespace clusterdesk::cli {

// Writes a listing as aligned text columns, CSV or a JSON array of objects. format is checked by the
// caller: table, csv or json.
void writeListing(std::ostream& out, const Listing& listing, const std::string& format);

} // namespace clusterdesk::cli
