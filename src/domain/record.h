#pragma once

#include <string>

namespace clusterdesk {

// What every stored entity carries: a UUID that stays the same on every replica, and who touched it last.
struct Record {
    std::string id;
    std::string createdAt; // ISO 8601 UTC
    std::string updatedAt;
    std::string changedBy;
};

} // namespace clusterdesk
