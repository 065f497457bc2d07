// The default database as the page carries it: without indexes, built again when it is opened
// (core/transport_indexes.h).
#include <gtest/gtest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/transport_indexes.h"

using namespace wb;

namespace {

std::vector<std::string> indexSql(const Database& db) {
    std::vector<std::string> out;
    auto st = db.prepare("SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    while (st.step()) out.push_back(st.getText(0));
    return out;
}

}  // namespace

TEST(TransportIndexes, DroppedForTheJourneyAndBuiltAgainOnArrival) {
    Database db = test::openDefaultDatabase();
    const auto before = indexSql(db);
    ASSERT_GE(before.size(), 5u);
    const int64_t statusRows = db.scalarInt("SELECT count(*) FROM measure_status");
    const std::string rtree = db.scalarText(
        "SELECT count(*) || ' ' || total(min_lon) || ' ' || total(max_lat) || ' ' || total(id) FROM facility_rtree");
    const std::string search = db.scalarText(
        "SELECT group_concat(rowid) FROM (SELECT rowid FROM practice_fts WHERE practice_fts MATCH 'water' ORDER BY rank)");
    ASSERT_GT(db.scalarInt("SELECT count(*) FROM facility_rtree"), 100);
    ASSERT_FALSE(search.empty());

    deferIndexes(db);
    EXPECT_TRUE(indexSql(db).empty());
    // The indexes' statements and the two that fill the R*Tree and the full-text index again.
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM deferred_index"), static_cast<int64_t>(before.size() + 2));
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM facility_rtree"), 0);
    EXPECT_EQ(db.scalarText("SELECT group_concat(rowid) FROM practice_fts WHERE practice_fts MATCH 'water'"), "");

    // What the page does: open the bytes, build the indexes, and find the same database.
    const auto bytes = db.serialize();
    Database page = Database::fromBytes(bytes.data(), bytes.size());
    EXPECT_EQ(restoreDeferredIndexes(page), static_cast<int>(before.size() + 2));
    EXPECT_EQ(indexSql(page), before);
    EXPECT_EQ(page.scalarText(
                  "SELECT count(*) || ' ' || total(min_lon) || ' ' || total(max_lat) || ' ' || total(id) FROM facility_rtree"),
              rtree);
    EXPECT_EQ(page.scalarText("SELECT group_concat(rowid) FROM (SELECT rowid FROM practice_fts WHERE practice_fts MATCH "
                              "'water' ORDER BY rank)"),
              search);
    EXPECT_EQ(page.scalarText("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), "0");
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index'"), 0);
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM measure_status"), statusRows);
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM pragma_index_list('measure_status')"), 2);  // _by_area, _by_uid

    EXPECT_EQ(restoreDeferredIndexes(page), 0);  // a database with its indexes is left alone
    EXPECT_EQ(page.scalarText(
                  "SELECT count(*) || ' ' || total(min_lon) || ' ' || total(max_lat) || ' ' || total(id) FROM facility_rtree"),
              rtree);
    EXPECT_EQ(indexSql(page), before);
}

TEST(TransportIndexes, AFacilityAddedBeforeTheRestoreIsInTheSpatialIndexOnce) {
    Database db = test::openDefaultDatabase();
    deferIndexes(db);
    const auto bytes = db.serialize();
    Database page = Database::fromBytes(bytes.data(), bytes.size());
    page.exec("INSERT INTO facility (kind, category, name, lon, lat) VALUES ('other', 'test', 'Nieuw', 5.1, 52.1)");
    restoreDeferredIndexes(page);
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM facility_rtree"), page.scalarInt("SELECT count(*) FROM facility"));
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM facility_rtree WHERE id = (SELECT max(id) FROM facility) AND "
                             "min_lon > 5.09 AND max_lon < 5.11 AND min_lat > 52.09 AND max_lat < 52.11"),
              1);
}
