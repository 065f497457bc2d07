// The fictitious example content ("fictieve voorbeeldgegevens") of the default database: action
// lists with progress, assignments, scenarios, vulnerability figures, resilience points,
// vulnerable objects, social networks, good practices, costs and budgets, generated for the real
// municipalities and safety regions. Texts come from assets/example_*.csv; numbers come from a
// seeded generator, so the result is byte-identical every time it is built.
#pragma once

#include <string>
#include <vector>

#include "core/database.h"
#include "facts_table.h"

namespace wb::tools {

// Inserts everything into a migrated database that already holds the areas of `facts`.
// Every row gets is_example = 1 where the table has that column.
void insertExampleContent(Database& db, const std::string& assetsDir, const std::vector<AreaFacts>& facts);

}  // namespace wb::tools
