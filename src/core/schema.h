// The dashboard's SQLite schema and its migrations.
//
// The schema version lives in PRAGMA user_version. Each migration moves a database from version
// N-1 to N inside one transaction; migrate() applies the missing ones in order, so databases made
// by an older page (an offline file, an exported .sqlite) open in a newer one.
#pragma once

#include "core/database.h"

namespace wb {

// The version a fully migrated database has.
int currentSchemaVersion();

// Brings `db` up to currentSchemaVersion(). Throws DatabaseError if the database is newer than
// this build understands (it would be unsafe to write to it).
void migrate(Database& db);

}  // namespace wb
