// The database the page opens when nothing else is there: built by tools/default_db and
// carried by the page gzip-ed (cmake/assemble_page.cmake), without its indexes
// (core/transport_indexes.h).
#pragma once

#include "core/database.h"

namespace wb {

// The default database, indexes built, ready to use.
Database openDefaultDatabase();

// The same before its indexes are built: for the start, which has restoreDeferredIndexes build
// them once the first frame is on its way (app/main.cpp). Every query works meanwhile, some slower.
Database openDefaultDatabaseWithoutIndexes();

}  // namespace wb
