#include <gtest/gtest.h>

#include "core/read_only_query.h"
#include "core/schema.h"

using namespace wb;

namespace {

Database sampleDb() {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO area (code, year, level, name) VALUES ('GM0363', 2025, 'municipality', 'Amsterdam'),"
            "('GM0014', 2025, 'municipality', 'Groningen')");
    return db;
}

}  // namespace

TEST(ReadOnlyQuery, ReturnsColumnsAndRowsAsJson) {
    Database db = sampleDb();
    EXPECT_EQ(runReadOnlyQueryJson(db, "SELECT code, name FROM areas WHERE code = ?", {std::string("GM0363")}),
              R"({"columns":["code","name"],"rows":[["GM0363","Amsterdam"]]})");
    EXPECT_EQ(runReadOnlyQueryJson(db, "SELECT ?1 + ?2, ?3, 'a\"b'", {int64_t{2}, 3.5, nullptr}),
              R"({"columns":["?1 + ?2","?3","'a\"b'"],"rows":[[5.5,null,"a\"b"]]})");
}

TEST(ReadOnlyQuery, RefusesEveryKindOfWrite) {
    Database db = sampleDb();
    for (const char* sql : {"DELETE FROM area", "DROP VIEW areas", "INSERT INTO meta VALUES ('a','b')",
                            "ATTACH ':memory:' AS x", "PRAGMA user_version = 7", "CREATE TABLE x(y)",
                            "UPDATE area SET name = 'x'", "VACUUM"}) {
        EXPECT_THROW(runReadOnlyQueryJson(db, sql, {}), DatabaseError) << sql;
    }
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area"), 2);
    EXPECT_EQ(db.scalarInt("PRAGMA user_version"), currentSchemaVersion());
}

// SQLite applies a flag PRAGMA while preparing it, before any check of the statement could refuse it.
TEST(ReadOnlyQuery, RefusesPragmasThatSetAConnectionFlag) {
    Database db = sampleDb();
    db.exec("PRAGMA query_only = ON");
    const int64_t foreignKeys = db.scalarInt("PRAGMA foreign_keys");
    const std::string flipForeignKeys = std::string("PRAGMA foreign_keys = ") + (foreignKeys ? "OFF" : "ON");
    for (const std::string& sql : {std::string("PRAGMA query_only = OFF"), std::string("PRAGMA query_only(0)"),
                                   flipForeignKeys, std::string("PRAGMA main.secure_delete = ON")}) {
        EXPECT_THROW(runReadOnlyQueryJson(db, sql, {}), DatabaseError) << sql;
    }
    EXPECT_EQ(db.scalarInt("PRAGMA query_only"), 1);
    EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), foreignKeys);
    // Reading stays possible, with the argument naming what to read.
    EXPECT_NE(runReadOnlyQueryJson(db, "PRAGMA table_info(area)", {}).find("\"name\""), std::string::npos);
    EXPECT_NE(runReadOnlyQueryJson(db, "PRAGMA query_only", {}).find("[[1]]"), std::string::npos);
    EXPECT_NE(runReadOnlyQueryJson(db, "SELECT count(*) FROM pragma_table_info('area')", {}).find("rows"), std::string::npos);
}

TEST(ReadOnlyQuery, ChecksTheParameterCount) {
    Database db = sampleDb();
    EXPECT_THROW(runReadOnlyQueryJson(db, "SELECT ?", {}), DatabaseError);
}

TEST(ReadOnlyQuery, AttachIsAllowedAgainAfterwardsForTheAppItself) {
    Database db = sampleDb();
    EXPECT_THROW(runReadOnlyQueryJson(db, "ATTACH ':memory:' AS x", {}), DatabaseError);
    EXPECT_NO_THROW(db.exec("ATTACH ':memory:' AS x"));  // the authorizer was removed
}
