#include "core/untrusted_database.h"

#include <sqlite3.h>

#include <string>
#include <utility>

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

namespace {

void requireSqliteHeader(const uint8_t* data, size_t size) {
    if (size < 512 || std::string(reinterpret_cast<const char*>(data), 16) != std::string("SQLite format 3\0", 16)) {
        throw DatabaseError("not an SQLite database file");
    }
}

std::vector<std::string> tablesOf(const Database& db) {
    std::vector<std::string> tables{"sqlite_schema"};  // first: its check also walks the free pages
    try {
        for (Statement st = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rootpage"); st.step();)
            tables.push_back(st.getText(0));
    } catch (const DatabaseError& e) {
        throw DatabaseError(std::string("the database file is damaged: ") + e.what());
    }
    return tables;
}

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

Database openCheckedSqliteImage(const uint8_t* data, size_t size) {
    requireSqliteHeader(data, size);
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

UntrustedDatabaseOpening::UntrustedDatabaseOpening(const uint8_t* data, size_t size)
    : UntrustedDatabaseOpening(DatabaseImage::copyOf(data, size)) {}

UntrustedDatabaseOpening::UntrustedDatabaseOpening(DatabaseImage image) {
    requireSqliteHeader(image.data(), image.size());
    db_ = Database::fromImage(std::move(image));
    makeDefensive(db_);
    tables_ = tablesOf(db_);
}

double UntrustedDatabaseOpening::progress() const {
    const double parts = 2.0 * static_cast<double>(tables_.size()) + 1;
    return static_cast<double>(checked_ + (schemaChecked_ ? 1 : 0) + referenced_) / parts;
}

bool UntrustedDatabaseOpening::step() {
    if (checked_ < tables_.size()) {
        checkTable(tables_[checked_++]);
    } else if (!schemaChecked_) {
        checkSchema();
        schemaChecked_ = true;
        tables_ = tablesOf(db_);  // migrate may have added some
    } else if (referenced_ < tables_.size()) {
        checkReferences(tables_[referenced_++]);
    }
    return schemaChecked_ && referenced_ == tables_.size();
}

void UntrustedDatabaseOpening::checkTable(const std::string& table) {
    std::string check;
    try {
        check = db_.scalarText("PRAGMA quick_check(" + quoted(table) + ")");
    } catch (const DatabaseError& e) {
        throw DatabaseError(std::string("the database file is damaged: ") + e.what());
    }
    if (check != "ok") throw DatabaseError("the database file is damaged: " + check);
}

void UntrustedDatabaseOpening::checkSchema() {
    const int version = static_cast<int>(db_.scalarInt("PRAGMA user_version"));
    const bool hasAreas =
        db_.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'area'") == 1;
    if (version < 1 || !hasAreas) throw DatabaseError("not a Weerbaar database (no area table or no schema version)");
    migrate(db_);  // refuses versions newer than this build
}

void UntrustedDatabaseOpening::checkReferences(const std::string& table) {
    if (table == "sqlite_schema") return;
    Statement check = db_.prepare("PRAGMA foreign_key_check(" + quoted(table) + ")");
    if (check.step()) {
        // A row pointing nowhere: the file was edited by hand or by another tool.
        throw DatabaseError("the database has broken references (PRAGMA foreign_key_check)");
    }
}

namespace {

Database openedToTheEnd(UntrustedDatabaseOpening& opening) {
    while (!opening.step()) {
    }
    return opening.take();
}

}  // namespace

Database openUntrustedDatabase(const uint8_t* data, size_t size) {
    UntrustedDatabaseOpening opening(data, size);
    return openedToTheEnd(opening);
}

Database openUntrustedDatabase(DatabaseImage image) {
    UntrustedDatabaseOpening opening(std::move(image));
    return openedToTheEnd(opening);
}

}  // namespace wb
