#include "app/default_database.h"

#include "app/js_bridge.h"
#include "core/schema.h"
#include "core/transport_indexes.h"

namespace wb {

Database openDefaultDatabaseWithoutIndexes() {
    Database db = Database::fromImage(js::takeDefaultDatabase());
    // The page's default database is made by this same build, so it is at the current schema
    // version and there is nothing to migrate; should that ever differ, the migrations get the
    // complete schema they were written for.
    if (db.scalarInt("PRAGMA user_version") != currentSchemaVersion()) {
        restoreDeferredIndexes(db);
        migrate(db);
    }
    return db;
}

Database openDefaultDatabase() {
    Database db = openDefaultDatabaseWithoutIndexes();
    restoreDeferredIndexes(db);
    return db;
}

}  // namespace wb
