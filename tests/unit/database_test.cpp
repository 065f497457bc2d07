#include <gtest/gtest.h>

#include "core/database.h"
#include "core/schema.h"

using namespace wb;

TEST(Database, BindsAndReadsEveryType) {
    Database db = Database::openMemory();
    db.exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, b BLOB, n)");
    const uint8_t blob[] = {1, 2, 3};
    db.prepare("INSERT INTO t VALUES (?,?,?,?,?)").bind(1, 42).bind(2, 2.5).bind(3, "Fryslân")
        .bindBlob(4, blob, 3).bind(5, nullptr).run();
    Statement st = db.prepare("SELECT i, d, s, b, n FROM t");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.getInt(0), 42);
    EXPECT_DOUBLE_EQ(st.getDouble(1), 2.5);
    EXPECT_EQ(st.getText(2), "Fryslân");
    EXPECT_EQ(st.getBlob(3), (std::vector<uint8_t>{1, 2, 3}));
    EXPECT_TRUE(st.isNull(4));
    EXPECT_FALSE(st.step());
}

TEST(Database, RefusesASecondStatementInOnePrepare) {
    Database db = Database::openMemory();
    EXPECT_THROW(db.prepare("SELECT 1; SELECT 2"), DatabaseError);
    EXPECT_NO_THROW(db.prepare("SELECT 1;  \n"));
}

TEST(Database, ReportsSqliteMessages) {
    Database db = Database::openMemory();
    try {
        db.prepare("SELEC 1");
        FAIL() << "expected an error";
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
    }
}

TEST(Database, TransactionRollsBackWhenNotCommitted) {
    Database db = Database::openMemory();
    db.exec("CREATE TABLE t(x)");
    try {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        throw std::runtime_error("import failed half way");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM t"), 0);
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        tx.commit();
    }
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM t"), 1);
}

TEST(Database, SerializeAndLoadRoundTrip) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO meta VALUES ('k', 'v')");
    const auto bytes = db.serialize();
    Database copy = Database::fromBytes(bytes.data(), bytes.size());
    EXPECT_EQ(copy.scalarText("SELECT value FROM meta WHERE key = 'k'"), "v");
    // The copy is writable and independent of the original.
    copy.exec("INSERT INTO meta VALUES ('k2', 'v2')");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM meta"), 1);
}

TEST(Schema, MigratesFreshDatabaseAndIsIdempotent) {
    Database db = Database::openMemory();
    migrate(db);
    EXPECT_EQ(db.scalarInt("PRAGMA user_version"), currentSchemaVersion());
    migrate(db);  // nothing left to do
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM areas"), 0);
}

TEST(Schema, RefusesADatabaseFromTheFuture) {
    Database db = Database::openMemory();
    db.exec("PRAGMA user_version = 999");
    EXPECT_THROW(migrate(db), DatabaseError);
}

TEST(Schema, AreaLevelIsChecked) {
    Database db = Database::openMemory();
    migrate(db);
    EXPECT_THROW(db.exec("INSERT INTO area (code, year, level, name) VALUES ('X', 2025, 'galaxy', 'x')"),
                 DatabaseError);
}
