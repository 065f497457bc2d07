// A database made smaller for carrying inside the page: its indexes are derived data (about a
// sixth of the default database once gzip-ed, as they repeat the columns they index), so the
// build drops them and keeps their CREATE statements in a table; the page builds them again when
// it opens the database (a few tens of milliseconds, done while the first frame is drawn; queries
// before that work, only slower). The same goes for the two indexes that are tables of their own:
// the facilities' R*Tree (nothing the page draws reads it) and the practices' full-text index
// (searched only when someone types): together another sixth of the gzip-ed database, as their
// nodes hold numbers and term lists that compress badly.
#pragma once

#include "core/database.h"

namespace wb {

// Keeps the SQL of every explicit index in table `deferred_index` and drops the indexes; empties
// facility_rtree and practice_fts and keeps the statements that fill them again.
void deferIndexes(Database& db);

// Builds the indexes `deferIndexes` kept (and fills the R*Tree and full-text index), in one
// transaction, and drops `deferred_index`. Does nothing for a database without that table.
// Returns how many statements it ran.
int restoreDeferredIndexes(Database& db);

}  // namespace wb
