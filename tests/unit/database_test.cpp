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

TEST(Schema, PracticesAreFullTextSearchableWithoutDiacritics) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO practice (fingerprint, title, summary, tags) VALUES "
            "('a', 'Noodsteunpunt in Súdwest-Fryslân', 'Buurthuis met noodstroom', 'stroomuitval'),"
            "('b', 'Waterpunten', 'Drinkwater bij uitval', 'drinkwater')");
    EXPECT_EQ(db.scalarText("SELECT title FROM practice_fts WHERE practice_fts MATCH 'sudwest'"),
              "Noodsteunpunt in Súdwest-Fryslân");
    db.exec("UPDATE practice SET tags = 'water' WHERE fingerprint = 'b'");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM practice_fts WHERE practice_fts MATCH 'drinkwater'"), 1);
    db.exec("DELETE FROM practice WHERE fingerprint = 'b'");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM practice_fts WHERE practice_fts MATCH 'drinkwater'"), 0);
}

TEST(Schema, FacilitiesAreSpatiallyIndexed) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO facility (kind, category, name, lon, lat) VALUES "
            "('fire_station', 'fire_station', 'Kazerne Noord', 4.90, 52.40),"
            "('vulnerable_object', 'hospital', 'Ziekenhuis', 6.56, 53.22)");
    EXPECT_EQ(db.scalarText("SELECT f.name FROM facility f JOIN facility_rtree r ON r.id = f.id "
                            "WHERE r.min_lon > 6 AND r.max_lat < 54"),
              "Ziekenhuis");
    db.exec("UPDATE facility SET lon = 4.0 WHERE category = 'hospital'");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM facility_rtree WHERE min_lon > 6"), 0);
    EXPECT_THROW(db.exec("INSERT INTO facility (kind, category, name, lon, lat) VALUES ('x', 'y', 'z', 0, 0)"),
                 DatabaseError);
}

TEST(Schema, CurrentMeasureStatusIsTheLatestAndHistoryIsKept) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO action_list (id, name, for_level) VALUES (1, 'Voorbeeld', 'municipality');"
            "INSERT INTO measure (id, list_id, code, phase, topic, title_nl, title_en) "
            "VALUES (1, 1, 'K1', 'cold', 'drinkwater', 'Noodwater', 'Emergency water');"
            "INSERT INTO measure_status (measure_id, area_code, area_year, status, status_date) VALUES "
            "(1, 'GM0014', 2025, 'not_started', '2025-01-01'),"
            "(1, 'GM0014', 2025, 'done', '2025-06-01'),"
            "(1, 'GM0014', 2025, 'in_progress', '2025-03-01');");
    EXPECT_EQ(db.scalarText("SELECT status FROM measure_status_current WHERE area_code = 'GM0014'"), "done");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM measure_status"), 3);
}
