// The GeoJSON fast path (io/geojson_stream.h) against the document decoder: wherever the fast path
// answers, its features equal the decoder's exactly; wherever it cannot be sure, it gives up (and
// readGeoJson then reports what the decoder reports: the malformed-file tests cover that).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "io/geo_file_reader.h"
#include "io/geo_json_parsing.h"
#include "io/geojson_stream.h"
#include "io/geojson_writer.h"
#include "test_support.h"

using namespace wb;
using namespace wb::io;

namespace {

FeatureSet decodeThoroughly(const std::string& text) {
    return geojson_detail::decodeGeoJson(geojson_detail::parseJsonText(text, {}), {});
}

// Reads `text` both ways and expects the same features, or says why not.
void expectSameAsDecoder(const std::string& text) {
    const auto streamed = readGeoJsonFeatureStream(text, {});
    ASSERT_TRUE(streamed.has_value()) << "the fast path gave up on: " << text.substr(0, 200);
    const FeatureSet decoded = decodeThoroughly(text);
    EXPECT_EQ(streamed->sourceFormat, decoded.sourceFormat);
    EXPECT_EQ(streamed->layerName, decoded.layerName);
    EXPECT_EQ(streamed->convertedFromRdNew, decoded.convertedFromRdNew);
    ASSERT_EQ(streamed->features.size(), decoded.features.size());
    for (size_t i = 0; i < decoded.features.size(); ++i) EXPECT_TRUE(streamed->features[i] == decoded.features[i]) << "feature " << i;
}

std::string collection(const std::string& features) {
    return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

const std::string kSquare = "[[5,52],[6,52],[6,53],[5,53],[5,52]]";

}  // namespace

TEST(GeoJsonStream, RealBoundariesReadTheSameAsTheDecoderReadsThem) {
    // The CBS municipalities, safety regions and provinces, written as GeoJSON.
    for (const char* file : {"gemeente_2025.topojson", "veiligheidsregio_2025.topojson", "provincie_2025.topojson"}) {
        const std::string topo = test::readFile(std::string(WEERBAAR_CBS_DATA) + "/" + file);
        ASSERT_FALSE(topo.empty()) << file;
        const std::string geojson = writeGeoJson(readGeoFile(topo));
        expectSameAsDecoder(geojson);
        EXPECT_GT(readGeoJsonFeatureStream(geojson, {})->features.size(), 10u) << file;
    }
}

TEST(GeoJsonStream, OrdinaryVariationsReadTheSame) {
    // Members in any order, ignored members with nested content, numbers of every kind in
    // properties and ids, null and missing geometry and properties, empty geometries, altitude.
    expectSameAsDecoder(collection(R"({"geometry":{"type":"Polygon","coordinates":[)" + kSquare +
                                   R"(]},"properties":{"statcode":"GM0014","n":12,"neg":-3,"x":0.1,"big":1e300,"t":true,"f":false,"z":null},"type":"Feature","id":7})"));
    expectSameAsDecoder(R"({"bbox":[1,2,3,4],"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"name":"wijken","type":"FeatureCollection","features":[)"
                        R"({"type":"Feature","id":"BU00140000","properties":null,"geometry":null},)"
                        R"({"type":"Feature","properties":{}},)"
                        R"({"type":"Feature","id":2.5,"bbox":[0,[1]],"properties":{"a":"b"},"geometry":{"type":"MultiPolygon","bbox":[1],"coordinates":[[)" + kSquare + "," + kSquare + R"(],[)" + kSquare + R"(]]}},)"
                        R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[]}},)"
                        R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[]}},)"
                        R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[5.5,52.5,3]}},)"
                        R"({"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[5,52],[6,53.25,1]]}})"
                        "]}");
    expectSameAsDecoder("\xEF\xBB\xBF" + collection(""));
    // Bare geometries, as the database stores boundaries.
    expectSameAsDecoder(R"({"type":"Polygon","coordinates":[)" + kSquare + "]}");
    expectSameAsDecoder(R"({"type":"MultiPolygon","bbox":[0],"coordinates":[[)" + kSquare + "]]}");
    expectSameAsDecoder(R"({"type":"Point","coordinates":[5,52]})");
}

TEST(GeoJsonStream, GivesUpWhereTheDecoderKnowsBetter) {
    const std::string feature = R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[)" + kSquare + "]}}";
    for (const std::string& text : {
             std::string(""), std::string("  \n"),
             std::string(R"({"type":"Topology","objects":{},"arcs":[]})"),
             feature,                                        // a single Feature
             std::string(R"({"coordinates":[5,52],"type":"Point"})"),
             std::string(R"({"type":"GeometryCollection","geometries":[]})"),
             std::string(R"({"type":"Polygon","coordinates":[)" + kSquare + R"(],"features":[]})"),
             std::string(R"({"type":"Polygon"})"),
             std::string("[1,2]"),
             std::string(R"({"type":"FeatureCollection"})"),  // no features: an error
             collection(R"({"type":"Feature","properties":{"a":{"nested":1}}})"),
             collection(R"({"type":"Feature","properties":{"a":1,"a":2}})"),
             collection(R"({"type":"Feature","type":"Feature"})"),
             collection(R"({"properties":{}})"),
             collection(R"({"type":"Feature","geometry":{"coordinates":[5,52],"type":"Point"}})"),
             collection(R"({"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[5,52],[6,52]]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[5,52],[6,52],[6,53],[5,52.5]]]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[5,52],[6,52],[5,52]]]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[539900,6863659]}})"),
             // Mixed coordinate systems, a CRS named after the first position, one not read here.
             collection(R"({"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[[5,52],[155000,463000]]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[[155000,463000],[5,52]]}})"),
             std::string(R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[5,52]}}],)"
                         R"("crs":{"type":"name","properties":{"name":"EPSG:28992"}}})"),
             std::string(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[]})"),
             std::string(R"({"type":"FeatureCollection","crs":{"type":"link","properties":{"href":"x"}},"features":[]})"),
             std::string(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992","x":1}},"features":[]})"),
             collection(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[5]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[5,"52"]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[]]}})"),
             collection(R"({"type":"Feature","geometry":{"type":"Polygon"}})"),
             collection("1"),
         }) {
        EXPECT_FALSE(readGeoJsonFeatureStream(text, {}).has_value()) << text;
    }
}

TEST(GeoJsonStream, ReadsRdNewAsTheDecoderDoes) {
    // Declared as ogr2ogr writes it, and undeclared but unmistakable; converted the same way.
    const std::string rdSquare = "[[121000,487000],[122000,487000],[122000,488000],[121000,488000],[121000,487000]]";
    const std::string features = R"({"type":"Feature","properties":{"statcode":"GM0363"},"geometry":{"type":"Polygon","coordinates":[)" +
                                 rdSquare + R"(]}},{"type":"Feature","geometry":{"type":"Point","coordinates":[155000,463000]}})";
    expectSameAsDecoder(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[)" +
                        features + "]}");
    expectSameAsDecoder(R"({"type":"FeatureCollection","crs":{"properties":{"name":"EPSG:28992"},"type":"name"},"features":[)" +
                        features + "]}");
    expectSameAsDecoder(collection(features));
    EXPECT_TRUE(readGeoJsonFeatureStream(collection(features), {})->convertedFromRdNew);
    // A declared RD New file may reach a little beyond the grid (the North Sea); an undeclared one may not.
    const std::string offshore = R"({"type":"Feature","geometry":{"type":"Point","coordinates":[-20000,400000]}})";
    expectSameAsDecoder(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[)" +
                        offshore + "]}");
    EXPECT_FALSE(readGeoJsonFeatureStream(collection(offshore), {}).has_value());
    // WGS84 declared: the same as undeclared WGS84.
    expectSameAsDecoder(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},"features":[]})");
    expectSameAsDecoder(R"({"type":"FeatureCollection","crs":null,"features":[]})");
}

TEST(GeoJsonStream, GivesUpAtTheLimits) {
    const std::string text = collection(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[)" + kSquare + "]}}");
    GeoReadLimits few;
    few.maxPositions = 4;
    EXPECT_FALSE(readGeoJsonFeatureStream(text, few).has_value());
    few.maxPositions = 5;
    EXPECT_TRUE(readGeoJsonFeatureStream(text, few).has_value());
    GeoReadLimits shallow;
    shallow.maxNesting = 5;  // the positions of a Polygon sit 6 deep
    EXPECT_FALSE(readGeoJsonFeatureStream(text, shallow).has_value());
}
