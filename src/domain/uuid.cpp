#include "domain/uuid.h"

#include <cstdio>
#include <random>

namespace clusterdesk {

std::string newUuid() {
    // Straight from the system's entropy source, not a seeded engine: a forked process (a crash test, a
    // helper process) would otherwise repeat its parent's next ids.
    thread_local std::random_device device;
    auto next64 = [] { return (static_cast<std::uint64_t>(device()) << 32) | device(); };
    std::uint64_t hi = next64(), lo = next64();
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                  static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                  static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return buf;
}

} // namespace clusterdesk
