#pragma once

#include <string>

namespace clusterdesk {

// A random (version 4) UUID in its 36-character text form: ids stay unique across replicas.
std::string newUuid();

} // namespace clusterdesk
