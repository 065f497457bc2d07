#include "core/untrusted_database.h"

#include <sqlite3.h>

#include <string>

#include "core/schema.h"

namespace wb {

void makeDefensive(Database& db) {
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // A hostile file may declare huge limits; keep them modest.
    sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(db.handle(), SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 0);
}

Database openCheckedSqliteImage(const uint8_t* data, size_t size) {
    if (size < 512 || std::string(reinterpret_cast<const char*>(data), 16) != std::string("SQLite format 3\0", 16)) {
        throw DatabaseError("not an SQLite database file");
    }
    Database db = Database::fromBytes(data, size);
    makeDefensive(db);
    std::string check;
    try {
        check = db.scalarText("PRAGMA quick_check(5)");
    } catch (const DatabaseError& e) {
        throw DatabaseError(std::string("the database file is damaged: ") + e.what());
    }
    if (check != "ok") throw DatabaseError("the database file is damaged: " + check);
    return db;
}

Database openUntrustedDatabase(const uint8_t* data, size_t size) {
    Database db = openCheckedSqliteImage(data, size);

    const int version = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    const bool hasAreas =
        db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'area'") == 1;
    if (version < 1 || !hasAreas) throw DatabaseError("not a Weerbaar database (no area table or no schema version)");
    migrate(db);  // refuses versions newer than this build
    if (db.scalarInt("PRAGMA foreign_key_check") != 0) {
        // A row pointing nowhere: the file was edited by hand or by another tool.
        throw DatabaseError("the database has broken references (PRAGMA foreign_key_check)");
    }
    return db;
}

}  // namespace wb
