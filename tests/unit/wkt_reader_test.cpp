// Boundaries in a CSV with WKT geometries (io/wkt_reader.h, io/wkt_csv_reader.h): the WKT that
// ogr2ogr and others write, every kind of mistake reported by line, column and character, WGS84
// and RD New, and the dispatcher taking such a CSV for boundaries rather than an indicator table.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/database.h"
#include "io/file_import.h"
#include "io/geojson_reader.h"
#include "io/import_error.h"
#include "io/rd_to_wgs84.h"
#include "io/wkt_csv_reader.h"
#include "io/wkt_reader.h"
#include "test_support.h"

using namespace wb;
using namespace wb::io;

namespace {

std::vector<Polygon> polygonsOf(const std::string& wkt) {
    FileCoordinates coordinates;
    geojson_detail::PositionBudget budget(1000);
    std::vector<Polygon> polygons;
    readWktPolygons(wkt, coordinates, polygons, "here", budget);
    return polygons;
}

std::string wktError(const std::string& wkt) {
    try {
        polygonsOf(wkt);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "no error";
}

const Ring kSquare = {{5, 52}, {6, 52}, {6, 53}, {5, 53}, {5, 52}};
const Ring kHole = {{5.2, 52.2}, {5.4, 52.2}, {5.4, 52.4}, {5.2, 52.2}};

}  // namespace

TEST(WktReader, ReadsPolygonsAndMultiPolygonsAsWritten) {
    std::vector<Polygon> polygons = polygonsOf("POLYGON ((5 52,6 52,6 53,5 53,5 52),(5.2 52.2,5.4 52.2,5.4 52.4,5.2 52.2))");
    ASSERT_EQ(polygons.size(), 1u);
    ASSERT_EQ(polygons[0].rings.size(), 2u);
    EXPECT_EQ(polygons[0].rings[0], kSquare);
    EXPECT_EQ(polygons[0].rings[1], kHole);

    // Spaces anywhere, keywords in any case, exponents and signs, Z/M/ZM dropped, EMPTY members skipped.
    polygons = polygonsOf("  multipolygon(((5 52, 6 52,6 53 ,5 53,5 52)) , EMPTY,((5.2 52.2,5.4 52.2,"
                          "54e-1 5.24e+1,+5.2 52.2)))\t");
    ASSERT_EQ(polygons.size(), 2u);
    EXPECT_EQ(polygons[0].rings.at(0), kSquare);
    EXPECT_EQ(polygons[1].rings.at(0), kHole);
    EXPECT_EQ(polygonsOf("POLYGON Z ((5 52 1,6 52 2,6 53 3,5 53 4,5 52 1))").at(0).rings.at(0), kSquare);
    EXPECT_EQ(polygonsOf("POLYGON M ((5 52 1,6 52 2,6 53 3,5 53 4,5 52 1))").at(0).rings.at(0), kSquare);
    EXPECT_EQ(polygonsOf("POLYGON ZM ((5 52 1 0,6 52 2 0,6 53 3 0,5 53 4 0,5 52 1 0))").at(0).rings.at(0), kSquare);
    EXPECT_EQ(polygonsOf("POLYGON ((5 52 1,6 52 2,6 53 3,5 53 4,5 52 1))").at(0).rings.at(0), kSquare);  // Z unnamed
    EXPECT_TRUE(polygonsOf("POLYGON EMPTY").empty());
    EXPECT_TRUE(polygonsOf("MULTIPOLYGON Z EMPTY").empty());
}

TEST(WktReader, ReportsEachMistakeWithItsCharacter) {
    EXPECT_EQ(wktError(""), "here: character 1: the text ends before the geometry is complete");
    EXPECT_EQ(wktError("POINT (5 52)"), "here: character 1: expected POLYGON or MULTIPOLYGON, found 'POINT'");
    EXPECT_EQ(wktError("LINESTRING (5 52, 6 52)"), "here: character 1: expected POLYGON or MULTIPOLYGON, found 'LINESTRING'");
    EXPECT_EQ(wktError("POLYGON"), "here: character 8: the text ends before the geometry is complete");
    EXPECT_EQ(wktError("POLYGON XY ((5 52))"), "here: character 9: expected '(' or EMPTY, found 'XY'");
    EXPECT_EQ(wktError("POLYGON (5 52, 6 52)"), "here: character 10: expected '(', found '5'");
    EXPECT_EQ(wktError("POLYGON ((5 52; 6 52))"), "here: character 15: expected ',' or ')', found ';'");
    EXPECT_EQ(wktError("POLYGON ((5 52,6 NaN))"), "here: character 18: expected a number, found 'NaN'");
    EXPECT_EQ(wktError("POLYGON ((5 52,6 5.2.1))"), "here: character 18: expected a number, found '5.2.1'");
    EXPECT_EQ(wktError("POLYGON ((5 52,6 1e999))"), "here: character 18: expected a number, found '1e999'");
    EXPECT_EQ(wktError("POLYGON Z ((5 52,6 52 1))"), "here: character 17: expected a number, found ','");
    EXPECT_EQ(wktError("POLYGON ((5 52 1 2,6 52))"), "here: character 18: expected ',' or ')', found '2'");
    EXPECT_EQ(wktError("POLYGON ((5 52,6 52,6 53,5 52)) POLYGON"),
              "here: character 33: expected the end of the geometry, found 'POLYGON'");
    EXPECT_EQ(wktError("MULTIPOLYGON ((5 52,6 52,6 53,5 52))"), "here: character 16: expected '(', found '5'");
    EXPECT_EQ(wktError("POLYGON ((5 52,6 52,5 52))"),
              "here: ring 1: a ring needs at least 4 positions (the last repeating the first), this one has 3");
    EXPECT_EQ(wktError("MULTIPOLYGON (((5 52,6 52,6 53,5 52)),((5 52,6 52,6 53,5 52.5)))"),
              "here: polygon 2, ring 1: the ring is not closed: its last position (5, 52.5) differs from its first (5, 52)");
    EXPECT_EQ(wktError("POLYGON ((5 52,6 520,6 53,5 52))"),
              "here: ring 1, position 2: position (6, 520) is not a WGS84 longitude/latitude: coordinates look projected "
              "(e.g. RD New / EPSG:28992); export as WGS84");
    // A stray byte is shown as '?', never as itself.
    EXPECT_EQ(wktError("POLYGON \x01"), "here: character 9: expected '(' or EMPTY, found '?'");
}

TEST(WktReader, TheCoordinateBudgetCountsEveryPosition) {
    FileCoordinates coordinates;
    geojson_detail::PositionBudget budget(4);
    std::vector<Polygon> polygons;
    EXPECT_THROW(readWktPolygons("POLYGON ((5 52,6 52,6 53,5 53,5 52))", coordinates, polygons, "here", budget), ImportError);
}

TEST(WktCsv, ReadsOgr2ogrsCsvAsFeatures) {
    // As `ogr2ogr -f CSV -lco GEOMETRY=AS_WKT` writes it.
    const std::string csv =
        "WKT,statcode,statnaam\n"
        "\"POLYGON ((5 52,6 52,6 53,5 53,5 52))\",GM0363,Amsterdam\n"
        "\"MULTIPOLYGON (((5 52,6 52,6 53,5 53,5 52)),((5.2 52.2,5.4 52.2,5.4 52.4,5.2 52.2)))\",GM0599,Rotterdam\n"
        ",GM0014,Groningen\n";
    EXPECT_TRUE(isWktCsv(csv));
    const FeatureSet set = readWktCsv(csv);
    EXPECT_EQ(set.sourceFormat, "CSV (WKT)");
    EXPECT_FALSE(set.convertedFromRdNew);
    ASSERT_EQ(set.features.size(), 3u);
    EXPECT_EQ(cbsCodeOf(set.features[0]), "GM0363");
    EXPECT_EQ(*set.features[0].property("statnaam"), "Amsterdam");
    EXPECT_EQ(set.features[0].properties.size(), 2u);  // the WKT itself is not a property
    EXPECT_EQ(set.features[0].polygons.at(0).rings.at(0), kSquare);
    EXPECT_EQ(set.features[1].polygons.size(), 2u);
    EXPECT_TRUE(set.features[2].polygons.empty());  // no geometry

    // The WKT column anywhere, named in any case, ';' separated.
    EXPECT_TRUE(isWktCsv("statcode;wkt\nGM0363;\"POLYGON EMPTY\"\n"));
    EXPECT_EQ(readWktCsv("statcode;wkt\nGM0363;POLYGON EMPTY\n").features.at(0).properties.at(0).value, "GM0363");
    // Not boundaries: indicator tables, and a column that merely mentions WKT.
    EXPECT_FALSE(isWktCsv("code,jaar,inwoners\nGM0363,2024,5\n"));
    EXPECT_FALSE(isWktCsv("code,wkt_geom2\nGM0363,x\n"));
    EXPECT_FALSE(isWktCsv(""));
}

TEST(WktCsv, ReadsRdNewWhenEveryPositionIsRdNew) {
    const std::string csv = "WKT,statcode\n"
                            "\"POLYGON ((121000 487000,122000 487000,122000 488000,121000 487000))\",GM0363\n"
                            "\"POLYGON ((92000 437000,93000 437000,93000 438000,92000 437000))\",GM0599\n";
    const FeatureSet set = readWktCsv(csv);
    EXPECT_TRUE(set.convertedFromRdNew);
    EXPECT_EQ(set.features.at(1).polygons.at(0).rings.at(0).at(0), rdToWgs84(92000, 437000));
    // The whole file is one system: degrees in a later row are refused there.
    try {
        readWktCsv(csv + "\"POLYGON ((5 52,6 52,6 53,5 52))\",GM0014\n");
        FAIL() << "accepted degrees after RD New";
    } catch (const ImportError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "line 4, column 'WKT': ring 1, position 1: position (5, 52) lies outside the RD New (EPSG:28992) grid, "
                  "unlike the file's first position (121000, 487000)");
    }
}

TEST(WktCsv, ReportsTheLineColumnAndCharacter) {
    const auto error = [](const std::string& csv) {
        try {
            readWktCsv(csv);
        } catch (const ImportError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(error("id,Wkt\n1,\"POLYGON ((5 52,6 52,6 53,5 52))\"\n2,\"POLYGON ((5 52,6 52,6 53,5 52)\"\n"),
              "line 3, column 'Wkt': character 31: the text ends before the geometry is complete");
    EXPECT_EQ(error("WKT,statcode\n\"POLYGON EMPTY\",GM0363,x\n"), "line 2: expected 2 fields, found 3");
    EXPECT_EQ(error("WKT,statcode\n\"POLYGON EMPTY,GM0363\n"), "line 2: a quoted field is never closed");
    EXPECT_EQ(error("WKT,statcode,statnaam\n\"POLYGON EMPTY\",GM0599,Rot\x8c\xa2ingen\n"),
              "line 2: the text is not valid UTF-8 (save the file as UTF-8)");  // found by fuzz_wkt
    EXPECT_EQ(error("WKT,statcode,statnaam\n\"POLYGON EMPTY\",GM0599,Fryslân\n"), "no error");
    EXPECT_EQ(error("WKT,naam,naam\n\"POLYGON EMPTY\",a,b\n"), "line 1: column 'naam' occurs twice");  // found by fuzz_wkt
    EXPECT_EQ(error(""), "the file is empty");
    EXPECT_EQ(error("code,name\n"), "line 1: no WKT column");
}

TEST(WktCsv, TheDispatcherImportsItAsBoundariesInOneTransaction) {
    EXPECT_EQ(detectFileKind("gemeenten.csv", "WKT,statcode\n"), FileKind::WktCsv);
    EXPECT_EQ(detectFileKind("gemeenten.csv", "statcode,inwoners\n"), FileKind::Csv);
    Database db = test::openDefaultDatabase();
    const std::string good = "WKT,statcode,statnaam\n"
                             "\"POLYGON ((4.85 52.35,4.95 52.35,4.95 52.4,4.85 52.35))\",GM0363,Amsterdam\n";
    const ImportResult result = importFile(db, "gemeenten.csv", good, {});
    EXPECT_EQ(result.table, "area");
    EXPECT_EQ(result.rows, 1);
    EXPECT_EQ(result.message, "imported 1 boundaries");
    EXPECT_EQ(db.scalarText("SELECT format FROM import_log ORDER BY rowid DESC LIMIT 1"), "CSV (WKT)");
    const FeatureSet stored = readGeoJson(db.scalarText("SELECT geometry FROM area WHERE code = 'GM0363' ORDER BY year DESC LIMIT 1"));
    EXPECT_EQ(stored.features.at(0).polygons.at(0).rings.at(0).at(1), (LonLat{4.95, 52.35}));

    // A bad second row: nothing of the first is kept.
    const std::string before = db.scalarText("SELECT group_concat(geometry) FROM area WHERE code IN ('GM0363', 'GM0599')");
    const std::string bad = "WKT,statcode,statnaam\n"
                            "\"POLYGON ((4.8 52.3,4.9 52.3,4.9 52.4,4.8 52.3))\",GM0363,Amsterdam\n"
                            "\"POLYGON ((4.4 51.9,4.5 51.9,4.5 51.95,4.4 51.9)\",GM0599,Rotterdam\n";
    try {
        importFile(db, "gemeenten.csv", bad, {});
        FAIL() << "accepted";
    } catch (const ImportError& e) {
        EXPECT_EQ(std::string(e.what()), "line 3, column 'WKT': character 48: the text ends before the geometry is complete");
    }
    EXPECT_EQ(db.scalarText("SELECT group_concat(geometry) FROM area WHERE code IN ('GM0363', 'GM0599')"), before);
}
