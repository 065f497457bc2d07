// GeoJSON reading and writing: the feature model, CBS codes, every kind of malformed input, and
// the round trip through writeGeoJson.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "io/geo_file_reader.h"
#include "io/geojson_reader.h"
#include "io/geojson_writer.h"
#include "io/import_error.h"
#include "io/rd_to_wgs84.h"

using namespace wb::io;

namespace {

// The ImportError `read` throws, as "where | what" so a failure shows both at once.
std::string importErrorOf(const std::function<void()>& read) {
    try {
        read();
    } catch (const ImportError& e) {
        const std::string what = e.what();
        const std::string prefix = e.where().empty() ? "" : e.where() + ": ";
        EXPECT_EQ(what.substr(0, prefix.size()), prefix);
        return e.where() + " | " + what.substr(prefix.size());
    }
    return "no error";
}

std::string geoJsonError(const std::string& text, const GeoReadLimits& limits = {}) {
    return importErrorOf([&] { readGeoJson(text, limits); });
}

std::string featureWithGeometry(const std::string& geometry) {
    return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM0014"},"geometry":)" +
           geometry + "}]}";
}

const std::string kSquare = "[[5,52],[6,52],[6,53],[5,53],[5,52]]";
const Ring kSquareRing = {{5, 52}, {6, 52}, {6, 53}, {5, 53}, {5, 52}};

}  // namespace

TEST(GeoJsonReader, ReadsAFeatureCollectionWithEveryGeometryType) {
    const FeatureSet set = readGeoJson(R"({"type":"FeatureCollection","name":"gemeenten","features":[
        {"type":"Feature","id":"GM0014","properties":{"statnaam":"Groningen"},
         "geometry":{"type":"Polygon","coordinates":[[[5,52],[6,52],[6,53],[5,53],[5,52]],
                                                     [[5.2,52.2],[5.4,52.2],[5.4,52.4],[5.2,52.2]]]}},
        {"type":"Feature","properties":null,"geometry":{"type":"MultiPolygon","coordinates":[
            [[[5,52],[6,52],[6,53],[5,53],[5,52]]], [[[7,52],[7.1,52],[7.1,52.1],[7,52]]]]}},
        {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[4.9,52.37,12.5]}},
        {"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[4.9,52.37],[5.1,52.09]]}},
        {"type":"Feature","properties":{"note":"no geometry"},"geometry":null}
    ]})");
    EXPECT_EQ(set.sourceFormat, "GeoJSON");
    EXPECT_EQ(set.layerName, "gemeenten");
    ASSERT_EQ(set.features.size(), 5u);

    const Feature& groningen = set.features[0];
    EXPECT_EQ(groningen.id, "GM0014");
    ASSERT_EQ(groningen.polygons.size(), 1u);
    ASSERT_EQ(groningen.polygons[0].rings.size(), 2u);
    EXPECT_EQ(groningen.polygons[0].rings[0], kSquareRing);
    EXPECT_EQ(groningen.polygons[0].rings[1].size(), 4u);
    EXPECT_EQ(set.features[1].polygons.size(), 2u);
    EXPECT_EQ(set.features[2].points, (std::vector<LonLat>{{4.9, 52.37}}));  // altitude ignored
    EXPECT_EQ(set.features[3].points, (std::vector<LonLat>{{4.9, 52.37}, {5.1, 52.09}}));
    EXPECT_TRUE(set.features[4].polygons.empty());
    EXPECT_TRUE(set.features[4].points.empty());
    EXPECT_EQ(set.positionCount(), 9u + 9u + 1u + 2u);
}

TEST(GeoJsonReader, ReadsASingleFeatureABareGeometryAndFlattensGeometryCollections) {
    const FeatureSet feature = readGeoJson(R"({"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[5,52]}})");
    ASSERT_EQ(feature.features.size(), 1u);
    EXPECT_EQ(feature.features[0].points.size(), 1u);

    const FeatureSet bare = readGeoJson(R"({"type":"Polygon","coordinates":[)" + kSquare + "]}");
    ASSERT_EQ(bare.features.size(), 1u);
    EXPECT_TRUE(bare.features[0].properties.empty());
    EXPECT_EQ(bare.features[0].polygons[0].rings[0], kSquareRing);

    const FeatureSet collection = readGeoJson(featureWithGeometry(R"({"type":"GeometryCollection","geometries":[
        {"type":"Polygon","coordinates":[)" + kSquare + R"(]},
        {"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[5.5,52.5]}]}]})"));
    ASSERT_EQ(collection.features.size(), 1u);
    EXPECT_EQ(collection.features[0].polygons.size(), 1u);
    EXPECT_EQ(collection.features[0].points, (std::vector<LonLat>{{5.5, 52.5}}));
}

TEST(GeoJsonReader, ReadsEmptyCoordinatesAsNoGeometry) {
    const FeatureSet set = readGeoJson(featureWithGeometry(R"({"type":"Polygon","coordinates":[]})"));
    ASSERT_EQ(set.features.size(), 1u);
    EXPECT_TRUE(set.features[0].polygons.empty());
}

TEST(GeoJsonReader, KeepsPropertiesAsTextWithTheirTypeInFileOrder) {
    const FeatureSet set = readGeoJson(R"({"type":"Feature","geometry":null,"properties":{
        "z":"tekst","a":12,"big":12345678901234567890,"f":0.1,"e":1e21,"whole":100.0,"neg":-3,
        "yes":true,"no":false,"nothing":null,"nested":{"k":[1,"two"]}}})");
    const std::vector<Property> expected = {
        {"z", "tekst", PropertyType::String},
        {"a", "12", PropertyType::Number},
        {"big", "12345678901234567890", PropertyType::Number},
        {"f", "0.1", PropertyType::Number},
        {"e", "1e+21", PropertyType::Number},
        {"whole", "100.0", PropertyType::Number},
        {"neg", "-3", PropertyType::Number},
        {"yes", "true", PropertyType::Boolean},
        {"no", "false", PropertyType::Boolean},
        {"nothing", "", PropertyType::Null},
        {"nested", R"({"k":[1,"two"]})", PropertyType::Json},
    };
    EXPECT_EQ(set.features[0].properties, expected);
    ASSERT_NE(set.features[0].property("f"), nullptr);
    EXPECT_EQ(*set.features[0].property("f"), "0.1");
    EXPECT_EQ(set.features[0].property("missing"), nullptr);
}

TEST(GeoJsonReader, FindsTheCbsCodeOfAFeature) {
    const auto codeOf = [](std::vector<Property> properties, std::string id = "") {
        Feature f;
        f.properties = std::move(properties);
        f.id = std::move(id);
        return cbsCodeOf(f);
    };
    EXPECT_EQ(codeOf({{"statnaam", "Groningen"}, {"statcode", "GM0014"}}), "GM0014");
    EXPECT_EQ(codeOf({{"CODE", " gm0014  "}}), "GM0014");  // StatLine pads codes; case does not matter
    EXPECT_EQ(codeOf({{"statcode", "onbekend"}, {"GM_CODE", "GM0363"}}), "GM0363");
    EXPECT_EQ(codeOf({{"Gemeentecode", "GM0599"}, {"statcode", "VR17"}}), "VR17");  // statcode comes first
    EXPECT_EQ(codeOf({{"id", "WK036300"}}), "WK036300");
    EXPECT_EQ(codeOf({{"id", "1", PropertyType::Number}}, "BU03630000"), "BU03630000");
    EXPECT_EQ(codeOf({{"statcode", "GM14"}, {"code", "PV2"}, {"id", "VR1"}}), "");
    EXPECT_EQ(codeOf({{"name", "GM0014"}}), "");  // not a property that carries codes
    EXPECT_TRUE(isCbsCode("PV20"));
    EXPECT_TRUE(isCbsCode("VR25"));
    EXPECT_FALSE(isCbsCode("GM001"));
    EXPECT_FALSE(isCbsCode("GM00145"));
    EXPECT_FALSE(isCbsCode("XX0014"));
    EXPECT_FALSE(isCbsCode("GM00a4"));
}

TEST(GeoJsonReader, ReportsJsonSyntaxErrorsByByte) {
    EXPECT_EQ(geoJsonError(R"({"type": tru})"),
              "byte 10 | invalid JSON at line 1, column 10: expected a value, found 'tru'");
    EXPECT_EQ(geoJsonError("{\"type\":\"Feature\",\n\"properties\":{} \"geometry\":null}"),
              "byte 36 | invalid JSON at line 2, column 17: expected ',' or '}', found '\"'");
    EXPECT_EQ(geoJsonError("[\"\xff\"]"),
              "byte 3 | invalid JSON at line 1, column 3: the text is not valid UTF-8 (save the file as UTF-8)");
    EXPECT_EQ(geoJsonError(""), " | the file is empty");
    EXPECT_EQ(geoJsonError("\xEF\xBB\xBF \n"), " | the file is empty");
}

TEST(GeoJsonReader, ReportsATruncatedFile) {
    const std::string whole = featureWithGeometry(R"({"type":"Polygon","coordinates":[)" + kSquare + "]}");
    const std::string cut = whole.substr(0, whole.size() - 20);
    EXPECT_EQ(geoJsonError(cut),
              "byte " + std::to_string(cut.size()) + " | the file ends before the JSON is complete (truncated?)");
}

TEST(GeoJsonReader, ReportsAMissingOrUnknownType) {
    EXPECT_EQ(geoJsonError(R"({"features":[]})"), R"( | the file has no "type")");
    EXPECT_EQ(geoJsonError(R"([1,2])"), " | not GeoJSON: the file holds a JSON array, not an object");
    EXPECT_EQ(geoJsonError(R"({"type":"Kaart"})"), R"( | unknown GeoJSON type "Kaart")");
    EXPECT_EQ(geoJsonError(R"({"type":"Topology","arcs":[],"objects":{}})"), " | this is TopoJSON, not GeoJSON");
    EXPECT_EQ(geoJsonError(R"({"type":"FeatureCollection","features":{}})"),
              R"( | a FeatureCollection needs a "features" array)");
    EXPECT_EQ(geoJsonError(R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":null},
                                                                       {"geometry":null}]})"),
              R"(feature 2 | the feature has no "type")");
    EXPECT_EQ(geoJsonError(R"({"type":"FeatureCollection","features":[{"type":"Point","coordinates":[5,52]}]})"),
              R"(feature 1 | expected a Feature, found type "Point")");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"coordinates":[5,52]})")),
              R"(feature 1 (GM0014) | the geometry has no "type")");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Circle","coordinates":[5,52]})")),
              R"(feature 1 (GM0014) | unknown geometry type "Circle")");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"LineString","coordinates":[[5,52],[6,52]]})")),
              "feature 1 (GM0014) | LineString geometries are not supported: only Polygon, MultiPolygon, Point and "
              "MultiPoint");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"GeometryCollection"})")),
              R"(feature 1 (GM0014) | a GeometryCollection needs a "geometries" array)");
}

TEST(GeoJsonReader, ReportsBadMembersOfAFeature) {
    EXPECT_EQ(geoJsonError(R"({"type":"FeatureCollection","features":[5]})"),
              "feature 1 | a feature must be a JSON object");
    EXPECT_EQ(geoJsonError(R"({"type":"Feature","properties":[1],"geometry":null})"),
              R"(feature 1 | "properties" must be an object or null)");
    EXPECT_EQ(geoJsonError(featureWithGeometry("[5,52]")),
              R"(feature 1 (GM0014) | "geometry" must be an object or null)");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Polygon"})")),
              R"(feature 1 (GM0014) | Polygon has no "coordinates")");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Polygon","coordinates":{}})")),
              R"(feature 1 (GM0014) | "coordinates" of a Polygon must be an array)");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"MultiPolygon","coordinates":[[)" + kSquare + "],[]]}")),
              "feature 1 (GM0014) | polygon 2: the polygon has no rings");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Polygon","coordinates":[5]})")),
              "feature 1 (GM0014) | ring 1: a ring must be an array of positions");
}

TEST(GeoJsonReader, ReportsCoordinatesThatAreNotNumbers) {
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Point","coordinates":["5.1","52.3"]})")),
              "feature 1 (GM0014) | coordinate is not a number");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"MultiPoint","coordinates":[[5,52],[5]]})")),
              "feature 1 (GM0014) | point 2: a position needs at least two numbers [lon, lat]");
    EXPECT_EQ(geoJsonError(featureWithGeometry(
                  R"({"type":"MultiPolygon","coordinates":[[)" + kSquare + R"(],[[[5,52],[6,52],[6,null],[5,52]]]]})")),
              "feature 1 (GM0014) | polygon 2, ring 1, position 3: coordinate is not a number");
}

TEST(GeoJsonReader, ReportsNonFiniteNumbers) {
    const std::string text = featureWithGeometry(R"({"type":"Point","coordinates":[5,1e999]})");
    EXPECT_EQ(geoJsonError(text),
              "byte " + std::to_string(text.find("1e999") + 1) + " | number '1e999' is too large (not a finite number)");
}

TEST(GeoJsonReader, RefusesPositionsThatAreNeitherWgs84NorRdNew) {
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Point","coordinates":[52.1,95.5]})")),
              "feature 1 (GM0014) | position (52.1, 95.5) is neither a WGS84 longitude/latitude nor RD New "
              "(EPSG:28992) in the Netherlands: export as WGS84 or RD New");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Point","coordinates":[-180.5,0]})")).substr(0, 60),
              "feature 1 (GM0014) | position (-180.5, 0) is neither a WGS84");
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Point","coordinates":[180,-90]})")), "no error");
    // Web Mercator (EPSG:3857) metres over Amsterdam: projected, but not RD New.
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Point","coordinates":[539900,6863659]})")),
              "feature 1 (GM0014) | position (539900, 6863659) is neither a WGS84 longitude/latitude nor RD New "
              "(EPSG:28992) in the Netherlands: export as WGS84 or RD New");
}

TEST(GeoJsonReader, RefusesAFileThatMixesCoordinateSystems) {
    // The first position decides: WGS84 here, so RD New after it is a projected position among degrees.
    EXPECT_EQ(geoJsonError(featureWithGeometry(
                  R"({"type":"Polygon","coordinates":[[[5,52],[233000,582000],[234000,583000],[5,52]]]})")),
              "feature 1 (GM0014) | ring 1, position 2: position (233000, 582000) is not a WGS84 longitude/latitude: "
              "coordinates look projected (e.g. RD New / EPSG:28992); export as WGS84");
    // RD New first: degrees after it lie outside the grid.
    EXPECT_EQ(geoJsonError(featureWithGeometry(
                  R"({"type":"Polygon","coordinates":[[[233000,582000],[5,52],[234000,583000],[233000,582000]]]})")),
              "feature 1 (GM0014) | ring 1, position 2: position (5, 52) lies outside the RD New (EPSG:28992) grid, "
              "unlike the file's first position (233000, 582000)");
}

TEST(GeoJsonReader, ReadsUndeclaredRdNewWhenEveryPositionIsUnmistakablyRdNew) {
    const FeatureSet set = readGeoJson(featureWithGeometry(
        R"({"type":"Polygon","coordinates":[[[233000,582000],[234000,582000],[234000,583000],[233000,582000]]]})"));
    EXPECT_TRUE(set.convertedFromRdNew);
    ASSERT_EQ(set.features.size(), 1u);
    const Ring& ring = set.features[0].polygons.at(0).rings.at(0);
    EXPECT_EQ(ring[0], rdToWgs84(233000, 582000));  // the one conversion the GeoPackage reader uses too
    EXPECT_NEAR(ring[0].lon, 6.555, 0.001);  // Groningen, 0.9 km west of the Martinitoren
    EXPECT_NEAR(ring[0].lat, 53.219, 0.001);
    EXPECT_EQ(ring.front(), ring.back());
    EXPECT_FALSE(readGeoJson(featureWithGeometry(R"({"type":"Point","coordinates":[5,52]})")).convertedFromRdNew);
}

TEST(GeoJsonReader, HonoursADeclaredCoordinateSystem) {
    const auto withCrs = [](const std::string& crs, const std::string& geometry) {
        return R"({"type":"FeatureCollection","crs":)" + crs +
               R"(,"features":[{"type":"Feature","properties":{"statcode":"GM0014"},"geometry":)" + geometry + "}]}";
    };
    const auto named = [](const std::string& name) {
        return R"({"type":"name","properties":{"name":")" + name + R"("}})";
    };
    const std::string rdPoint = R"({"type":"Point","coordinates":[155000,463000]})";
    for (const char* name : {"urn:ogc:def:crs:EPSG::28992", "EPSG:28992", "urn:ogc:def:crs:EPSG:6.6:28992",
                             "http://www.opengis.net/def/crs/EPSG/0/28992", "epsg:28992"}) {
        const FeatureSet set = readGeoJson(withCrs(named(name), rdPoint));
        EXPECT_TRUE(set.convertedFromRdNew) << name;
        EXPECT_EQ(set.features.at(0).points.at(0), rdToWgs84(155000, 463000)) << name;  // Amersfoort
    }
    // Declared RD New may reach past the grid (North Sea), never as far as degrees.
    EXPECT_EQ(geoJsonError(withCrs(named("EPSG:28992"), R"({"type":"Point","coordinates":[-20000,400000]})")), "no error");
    EXPECT_EQ(geoJsonError(withCrs(named("EPSG:28992"), R"({"type":"Point","coordinates":[5.1,52.1]})")),
              "feature 1 (GM0014) | position (5.1, 52.1) lies outside the Netherlands, where RD New (EPSG:28992) holds");
    // WGS84 declared: RD New numbers are refused, not guessed.
    for (const char* name : {"urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"}) {
        EXPECT_FALSE(readGeoJson(withCrs(named(name), R"({"type":"Point","coordinates":[5.1,52.1]})")).convertedFromRdNew);
        EXPECT_EQ(geoJsonError(withCrs(named(name), rdPoint)),
                  "feature 1 (GM0014) | position (155000, 463000) is not a WGS84 longitude/latitude: coordinates look "
                  "projected (e.g. RD New / EPSG:28992); export as WGS84")
            << name;
    }
    EXPECT_EQ(geoJsonError(withCrs("null", rdPoint)), "no error");
    // Any other system is refused by name, before a position is read.
    EXPECT_EQ(geoJsonError(withCrs(named("urn:ogc:def:crs:EPSG::3857"), rdPoint)),
              "crs | the coordinate system \"urn:ogc:def:crs:EPSG::3857\" is not supported: use WGS84 (EPSG:4326) or "
              "RD New (EPSG:28992)");
    EXPECT_EQ(geoJsonError(withCrs(named("EPSG:4258"), rdPoint)).substr(0, 46), "crs | the coordinate system \"EPSG:4258\" is not");
    for (const std::string crs : {std::string(R"("EPSG:28992")"), std::string(R"({"type":"link","properties":{"href":"x"}})"),
                                  std::string(R"({"type":"name","properties":{"name":28992}})"), std::string(R"({"type":"name"})")})
        EXPECT_EQ(geoJsonError(withCrs(crs, rdPoint)),
                  R"(crs | "crs" must name the coordinate system: {"type": "name", "properties": {"name": ...}})")
            << crs;
    // The member is read wherever it stands, also after the features and for a single Feature.
    const std::string late = R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":)" + rdPoint +
                             R"(}],"crs":)" + named("EPSG:28992") + "}";
    EXPECT_TRUE(readGeoJson(late).convertedFromRdNew);
    EXPECT_EQ(geoJsonError(R"({"type":"Feature","crs":)" + named("EPSG:3857") + R"(,"geometry":null})").substr(0, 28),
              "crs | the coordinate system ");
}

TEST(GeoJsonReader, ChecksRingsAreClosedAsWrittenInTheFile) {
    EXPECT_EQ(geoJsonError(featureWithGeometry(
                  R"({"type":"Polygon","coordinates":[[[121000,487000],[122000,487000],[122000,488000],[121000,487001]]]})")),
              "feature 1 (GM0014) | ring 1: the ring is not closed: its last position (121000, 487001) differs from its "
              "first (121000, 487000)");
}

TEST(GeoJsonReader, RejectsShortAndUnclosedRings) {
    EXPECT_EQ(geoJsonError(featureWithGeometry(R"({"type":"Polygon","coordinates":[[[5,52],[6,52],[5,52]]]})")),
              "feature 1 (GM0014) | ring 1: a ring needs at least 4 positions (the last repeating the first), this "
              "one has 3");
    EXPECT_EQ(geoJsonError(featureWithGeometry(
                  R"({"type":"Polygon","coordinates":[)" + kSquare + R"(,[[5.1,52.1],[5.2,52.1],[5.2,52.2],[5.1,52.2]]]})")),
              "feature 1 (GM0014) | ring 2: the ring is not closed: its last position (5.1, 52.2) differs from its "
              "first (5.1, 52.1)");
}

TEST(GeoJsonReader, GuardsAgainstAbsurdNestingAndSize) {
    EXPECT_EQ(geoJsonError(std::string(100000, '[') + std::string(100000, ']')),
              " | the JSON is nested more than 64 levels deep");

    GeoReadLimits fewPositions;
    fewPositions.maxPositions = 9;
    const std::string twoSquares = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[)" + kSquare + R"(]}},
        {"type":"Feature","properties":{"code":"GM0363"},"geometry":{"type":"Polygon","coordinates":[)" + kSquare + "]}}]}";
    EXPECT_EQ(geoJsonError(twoSquares, fewPositions),
              "feature 2 (GM0363) | more than 9 coordinates: too many to import (simplify the file first)");
    fewPositions.maxPositions = 10;
    EXPECT_EQ(geoJsonError(twoSquares, fewPositions), "no error");
}

TEST(GeoJsonReader, ParsesLargeObjectsInLinearTimeAndLetTheLastDuplicateWin) {
    // Quadratic member insertion would take about 10 s here (and time the test out).
    std::string properties;
    for (int i = 0; i < 100000; ++i) properties += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    const FeatureSet big = readGeoJson(R"({"type":"Feature","geometry":null,"properties":{)" + properties +
                                       R"("k5":"again","k99999":"again"}})");
    const std::vector<Property>& read = big.features.at(0).properties;
    ASSERT_EQ(read.size(), 100000u);
    EXPECT_EQ(read[5].value, "again");
    EXPECT_EQ(read[99999].value, "again");
    EXPECT_EQ(read[6].value, "6");

    const FeatureSet small = readGeoJson(R"({"type":"Feature","geometry":null,"properties":{"a":1,"b":2,"a":{"x":3}}})");
    EXPECT_EQ(small.features.at(0).properties,
              (std::vector<Property>{{"a", R"({"x":3})", PropertyType::Json}, {"b", "2", PropertyType::Number}}));
}

TEST(GeoJsonWriter, WritesWhatTheReaderReadsBackIdentically) {
    FeatureSet set;
    set.layerName = "test \"laag\"";
    Feature everything;
    everything.id = "GM0014";
    everything.properties = {
        {"naam", "Súdwest-Fryslân \"quoted\" \\ back\nslash\ttab\x01", PropertyType::String},
        {"getal", "0.30000000000000004", PropertyType::Number},
        {"ja", "true", PropertyType::Boolean},
        {"leeg", "", PropertyType::Null},
        {"genest", R"({"a":[1,2]})", PropertyType::Json},
    };
    everything.polygons = {Polygon{{kSquareRing}}, Polygon{{kSquareRing, {{5.1, 52.1}, {5.2, 52.1}, {5.2, 52.2}, {5.1, 52.1}}}}};
    everything.points = {{4.123456789012345, 52.98765432109876}, {-0.0, 1e-7}};
    Feature onePolygon;
    onePolygon.polygons = {Polygon{{kSquareRing}}};
    Feature onePoint;
    onePoint.points = {{5.5, 52.5}};
    Feature nothing;
    nothing.properties = {{"only", "properties"}};
    set.features = {everything, onePolygon, onePoint, nothing};

    const std::string text = writeGeoJson(set);
    const FeatureSet back = readGeoJson(text);
    EXPECT_EQ(back.layerName, set.layerName);
    EXPECT_EQ(back.features, set.features) << text;
    EXPECT_NE(text.find(R"("geometry":{"type":"Polygon")"), std::string::npos);
    EXPECT_NE(text.find(R"("geometry":{"type":"Point")"), std::string::npos);
    EXPECT_NE(text.find(R"("geometry":null)"), std::string::npos);
}

TEST(GeoJsonWriter, WritesValuesThatAreNotWhatTheirTypeSaysAsStrings) {
    FeatureSet set;
    Feature feature;
    feature.properties = {{"n", "12,5", PropertyType::Number}, {"b", "ja", PropertyType::Boolean}};
    set.features = {feature};
    const FeatureSet back = readGeoJson(writeGeoJson(set));
    EXPECT_EQ(back.features[0].properties,
              (std::vector<Property>{{"n", "12,5", PropertyType::String}, {"b", "ja", PropertyType::String}}));
}

TEST(GeoFileReader, TellsTopoJsonFromGeoJson) {
    EXPECT_EQ(readGeoFile(featureWithGeometry("null")).sourceFormat, "GeoJSON");
    const FeatureSet topology = readGeoFile(
        R"({"type":"Topology","arcs":[[[5,52],[6,52],[6,53],[5,52]]],"objects":{"o":{"type":"Polygon","arcs":[[0]]}}})");
    EXPECT_EQ(topology.sourceFormat, "TopoJSON");
    EXPECT_EQ(topology.layerName, "o");
    EXPECT_EQ(importErrorOf([] { readGeoFile("{\"type\":"); }),
              "byte 8 | the file ends before the JSON is complete (truncated?)");
}
