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

    deferIndexes(db);
    EXPECT_TRUE(indexSql(db).empty());
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM deferred_index"), static_cast<int64_t>(before.size()));

    // What the page does: open the bytes, build the indexes, and find the same database.
    const auto bytes = db.serialize();
    Database page = Database::fromBytes(bytes.data(), bytes.size());
    EXPECT_EQ(restoreDeferredIndexes(page), static_cast<int>(before.size()));
    EXPECT_EQ(indexSql(page), before);
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index'"), 0);
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM measure_status"), statusRows);
    EXPECT_EQ(page.scalarInt("SELECT count(*) FROM pragma_index_list('measure_status')"), 2);  // _by_area, _by_uid

    EXPECT_EQ(restoreDeferredIndexes(page), 0);  // a database with its indexes is left alone
    EXPECT_EQ(indexSql(page), before);
}
