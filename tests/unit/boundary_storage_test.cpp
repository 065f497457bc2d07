// How imported boundaries are stored: positions rounded to 1e-7 degrees (io/boundary_import.cpp),
// so stored numbers are short and read back without strtod, and the default database is stored the same way.
#include <gtest/gtest.h>

#include "test_support.h"

#include <cmath>
#include <string>

#include "io/file_import.h"
#include "io/geojson_reader.h"

using namespace wb;
using namespace wb::io;

namespace {

std::string groningen(const std::string& ring) {
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM0014"},)"
           R"("geometry":{"type":"Polygon","coordinates":[)" + ring + "]}}]}";
}

// True when every position of the stored geometry is a whole number of 1e-7 degrees.
bool positionsRounded(const std::string& geometryJson) {
    const auto rounded = [](double degrees) { return std::round(degrees * 1e7) / 1e7 == degrees; };
    const FeatureSet set = readGeoJson(geometryJson);
    for (const Polygon& polygon : set.features.at(0).polygons) {
        for (const Ring& ring : polygon.rings) {
            for (const LonLat& p : ring) {
                if (!rounded(p.lon) || !rounded(p.lat)) return false;
            }
        }
    }
    return true;
}

}  // namespace

TEST(BoundaryStorage, PositionsAreRoundedToATenMillionthOfADegree) {
    Database db = test::openDefaultDatabase();
    // 17 significant digits, as a converted or quantised file has them.
    const ImportResult r = importFile(db, "groningen.geojson",
                                      groningen("[[6.5123456789012345,53.21987654321098],[6.6000000449,53.2],"
                                                "[6.6,53.2500000551],[6.5123456789012345,53.21987654321098]]"),
                                      {});
    EXPECT_EQ(r.rows, 1) << r.message;
    const std::string stored = db.scalarText("SELECT geometry FROM area WHERE code = 'GM0014' ORDER BY year DESC LIMIT 1");
    EXPECT_EQ(stored, R"({"type":"Polygon","coordinates":[[[6.5123457,53.2198765],[6.6,53.2],[6.6,53.2500001],)"
                      R"([6.5123457,53.2198765]]]})");
    // The bounds are those of the stored positions.
    Statement bounds = db.prepare("SELECT min_lon, min_lat, max_lon, max_lat FROM area WHERE code = 'GM0014' ORDER BY year DESC LIMIT 1");
    ASSERT_TRUE(bounds.step());
    EXPECT_EQ(bounds.getDouble(0), 6.5123457);
    EXPECT_EQ(bounds.getDouble(1), 53.2);
    EXPECT_EQ(bounds.getDouble(2), 6.6);
    EXPECT_EQ(bounds.getDouble(3), 53.2500001);
    // Read back: the same positions, the ring still closed.
    const FeatureSet back = readGeoJson(stored);
    const Ring& ring = back.features.at(0).polygons.at(0).rings.at(0);
    ASSERT_EQ(ring.size(), 4u);
    EXPECT_EQ(ring.front(), ring.back());
    EXPECT_EQ(ring[0].lon, 6.5123457);
    EXPECT_EQ(ring[0].lat, 53.2198765);
}

TEST(BoundaryStorage, PositionsWithFewerDecimalsAreStoredAsGiven) {
    Database db = test::openDefaultDatabase();
    const std::string ring = "[[6.5,53.2],[6.600001,53.2],[6.6,53.2512345],[6.5,53.2]]";
    EXPECT_EQ(importFile(db, "groningen.geojson", groningen(ring), {}).rows, 1);
    EXPECT_EQ(db.scalarText("SELECT geometry FROM area WHERE code = 'GM0014' ORDER BY year DESC LIMIT 1"),
              R"({"type":"Polygon","coordinates":[)" + ring + "]}");
}

TEST(BoundaryStorage, TheDefaultDatabaseStoresItsBoundariesRounded) {
    const Database db = test::openDefaultDatabase();
    Statement all = db.prepare("SELECT code, geometry FROM area WHERE geometry IS NOT NULL");
    int areas = 0;
    while (all.step()) {
        ++areas;
        EXPECT_TRUE(positionsRounded(all.getText(1))) << all.getText(0);
    }
    EXPECT_EQ(areas, 342 + 25 + 12);
}
