// Opening a database image that came from outside (a .sqlite file a user opened, an offline
// file, the browser's storage): it may be damaged or hostile. SQLite's defensive mode and
// trusted_schema=OFF stop a crafted schema from running side-effecting functions or corrupting
// memory through shadow tables; quick_check rejects damaged files before anything reads them.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/database.h"

namespace wb {

// Loads, validates and migrates to the current schema. Throws DatabaseError with a message a
// user can act on ("not a Weerbaar database", "the file is damaged: ...").
Database openUntrustedDatabase(const uint8_t* data, size_t size);

// The first half of openUntrustedDatabase, for any SQLite file from outside (a GeoPackage too):
// checks the header, loads a copy, makes the connection defensive and runs quick_check. Throws
// DatabaseError ("not an SQLite database file", "the database file is damaged: ...").
Database openCheckedSqliteImage(const uint8_t* data, size_t size);

// Applies the defensive settings to a connection (also used for the working database).
void makeDefensive(Database& db);

}  // namespace wb
