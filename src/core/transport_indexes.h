// A database made smaller for carrying inside the page: its indexes are derived data (about a
// sixth of the default database once gzip-ed, as they repeat the columns they index), so the
// build drops them and keeps their CREATE statements in a table; the page builds them again when
// it opens the database (a few tens of milliseconds, done while the first frame is drawn; queries
// before that work, only slower).
#pragma once

#include "core/database.h"

namespace wb {

// Keeps the SQL of every explicit index in table `deferred_index` and drops the indexes.
void deferIndexes(Database& db);

// Builds the indexes `deferIndexes` kept, in one transaction, and drops `deferred_index`. Does
// nothing for a database without that table. Returns how many indexes it built.
int restoreDeferredIndexes(Database& db);

}  // namespace wb
