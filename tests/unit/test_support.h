// Helpers shared by the unit tests: reading files, opening the default database.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/database.h"

namespace wb::test {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The database the page starts with, as built by tools/default_db.
inline Database openDefaultDatabase() {
    const std::string bytes = readFile(WEERBAAR_DEFAULT_DB);
    return Database::fromBytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace wb::test
