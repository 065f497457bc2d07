// Opening a database image that came from outside (a .sqlite file a user opened, an offline
// file, the browser's storage): it may be damaged or hostile. SQLite's defensive mode and
// trusted_schema=OFF stop a crafted schema from running side-effecting functions or corrupting
// memory through shadow tables; quick_check rejects damaged files before anything reads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/database.h"

namespace wb {

// Loads, validates and migrates to the current schema. Throws DatabaseError with a message a
// user can act on ("not a Weerbaar database", "the file is damaged: ...").
Database openUntrustedDatabase(const uint8_t* data, size_t size);
Database openUntrustedDatabase(DatabaseImage image);  // the same without a copy of the bytes

// The same a part at a time, so a large file (a million values: tenths of a second of checks in
// the page) is opened across frames (io/import_job.h). quick_check and foreign_key_check run
// table by table: each table's pages, cells and order, and the list of free pages, are checked
// as the whole-file check does; only pages that no table uses are not looked for.
class UntrustedDatabaseOpening {
public:
    // Checks the header and loads a copy (or takes the image over); throws DatabaseError.
    UntrustedDatabaseOpening(const uint8_t* data, size_t size);
    explicit UntrustedDatabaseOpening(DatabaseImage image);
    // Does the next part of the checks; true when all are done. Throws DatabaseError.
    bool step();
    double progress() const;
    Database take() { return std::move(db_); }

private:
    void checkTable(const std::string& table);
    void checkSchema();
    void checkReferences(const std::string& table);

    Database db_;
    std::vector<std::string> tables_;
    size_t checked_ = 0;      // tables quick-checked
    bool schemaChecked_ = false;
    size_t referenced_ = 0;   // tables whose foreign keys were checked
};

// The first half of openUntrustedDatabase, for any SQLite file from outside (a GeoPackage too):
// checks the header, loads a copy, makes the connection defensive and runs quick_check. Throws
// DatabaseError ("not an SQLite database file", "the database file is damaged: ...").
Database openCheckedSqliteImage(const uint8_t* data, size_t size);

// Applies the defensive settings to a connection (also used for the working database).
void makeDefensive(Database& db);

}  // namespace wb
