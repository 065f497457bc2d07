// The database the page opens on start: the real geography facts (CBS) of assets/areas_2025.csv
// and the example content of assets/example_*.csv, migrated to the current schema and vacuumed.
#pragma once

#include <string>

#include "core/database.h"

namespace wb::tools {

// Builds it in memory. Deterministic: the same assets give byte-identical serialized databases.
Database buildDefaultDatabase(const std::string& assetsDir);

}  // namespace wb::tools
