// TopoJSON reading: arc decoding and stitching on hand-made topologies, every kind of malformed
// input, and the real CBS boundaries of 2025 in assets/cbs.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "io/csv_reader.h"
#include "io/geo_file_reader.h"
#include "io/geojson_reader.h"
#include "io/geojson_writer.h"
#include "io/import_error.h"
#include "io/rd_to_wgs84.h"
#include "io/topojson_reader.h"

using namespace wb::io;

namespace {

std::string topoJsonError(const std::string& text, const std::string& objectName = "", const GeoReadLimits& limits = {}) {
    try {
        readTopoJson(text, objectName, limits);
    } catch (const ImportError& e) {
        const std::string what = e.what();
        const std::string prefix = e.where().empty() ? "" : e.where() + ": ";
        EXPECT_EQ(what.substr(0, prefix.size()), prefix);
        return e.where() + " | " + what.substr(prefix.size());
    }
    return "no error";
}

// Two unit squares side by side in quantised space, sharing the edge x = 2:
//   arc 0: the shared edge (2,0) -> (2,2)
//   arc 1: the rest of square A, (2,2) -> (0,2) -> (0,0) -> (2,0)
//   arc 2: the rest of square B, (2,0) -> (4,0) -> (4,2) -> (2,2); B closes with arc 0 reversed (~0).
// With scale (0.5, 0.25) and translate (4, 52), quantised (x, y) is (4 + x/2, 52 + y/4).
const std::string kArcs = R"("arcs":[[[2,0],[0,2]], [[2,2],[-2,0],[0,-2],[2,0]], [[2,0],[2,0],[0,2],[-2,0]]])";
const std::string kTransform = R"("transform":{"scale":[0.5,0.25],"translate":[4,52]})";

std::string topology(const std::string& geometries, const std::string& arcs = kArcs,
                     const std::string& transform = kTransform) {
    return R"({"type":"Topology",)" + transform + (transform.empty() ? "" : ",") + arcs +
           R"(,"objects":{"vakken":{"type":"GeometryCollection","geometries":[)" + geometries + "]}}}";
}

const Ring kSquareA = {{5, 52}, {5, 52.5}, {4, 52.5}, {4, 52}, {5, 52}};
const Ring kSquareB = {{5, 52}, {6, 52}, {6, 52.5}, {5, 52.5}, {5, 52}};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string sharedFile(const std::string& name) { return readFile(std::string(WEERBAAR_CBS_DATA) + "/" + name); }

}  // namespace

TEST(TopoJsonReader, DecodesQuantisedArcsAndStitchesReversedOnes) {
    const FeatureSet set = readTopoJson(topology(R"(
        {"type":"Polygon","arcs":[[0,1]],"id":"A","properties":{"statcode":"GM0001"}},
        {"type":"Polygon","arcs":[[2,-1]],"properties":{"statcode":"GM0002","n":2}},
        {"type":"MultiPolygon","arcs":[[[0,1]],[[2,-1]]]},
        {"type":"Point","coordinates":[2,1]},
        {"type":"MultiPoint","coordinates":[[0,0],[4,2]]},
        {"type":null,"properties":{"leeg":true}})"));
    EXPECT_EQ(set.sourceFormat, "TopoJSON");
    EXPECT_EQ(set.layerName, "vakken");
    ASSERT_EQ(set.features.size(), 6u);
    EXPECT_EQ(set.features[0].id, "A");
    EXPECT_EQ(cbsCodeOf(set.features[0]), "GM0001");
    EXPECT_EQ(set.features[0].polygons.at(0).rings, std::vector<Ring>{kSquareA});
    EXPECT_EQ(set.features[1].polygons.at(0).rings, std::vector<Ring>{kSquareB});
    EXPECT_EQ(set.features[1].properties,
              (std::vector<Property>{{"statcode", "GM0002"}, {"n", "2", PropertyType::Number}}));
    ASSERT_EQ(set.features[2].polygons.size(), 2u);
    EXPECT_EQ(set.features[2].polygons[1].rings[0], kSquareB);
    EXPECT_EQ(set.features[3].points, (std::vector<LonLat>{{5, 52.25}}));  // points: transformed, not deltas
    EXPECT_EQ(set.features[4].points, (std::vector<LonLat>{{4, 52}, {6, 52.5}}));
    EXPECT_TRUE(set.features[5].polygons.empty());
    EXPECT_TRUE(set.features[5].points.empty());
}

TEST(TopoJsonReader, DecodesUnquantisedArcs) {
    const FeatureSet set = readTopoJson(topology(R"({"type":"Polygon","arcs":[[0,1]]})",
                                                 R"("arcs":[[[5,52],[5,52.5]],[[5,52.5],[4,52.5],[4,52],[5,52]]])", ""));
    ASSERT_EQ(set.features.size(), 1u);
    EXPECT_EQ(set.features[0].polygons[0].rings[0], kSquareA);
}

TEST(TopoJsonReader, ClosesRingsLeftOpenByFloatErrorOnly) {
    const FeatureSet set = readTopoJson(topology(R"({"type":"Polygon","arcs":[[0]]})",
                                                 R"("arcs":[[[5,52],[6,52],[6,53],[5.0000000000001,52]]])", ""));
    const Ring& ring = set.features[0].polygons[0].rings[0];
    EXPECT_EQ(ring.front(), ring.back());
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0]]})",
                                     R"("arcs":[[[5,52],[6,52],[6,53],[5.001,52]]])", "")),
              "feature 1 | ring 1: the ring is not closed: its arcs end at (5.001, 52), not at its start (5, 52)");
}

TEST(TopoJsonReader, ReadsTheNamedOrElseTheFirstObject) {
    const std::string text = R"({"type":"Topology",)" + kArcs + "," + kTransform + R"(,"objects":{
        "zuid":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[2,-1]]}]},
        "noord":{"type":"Polygon","arcs":[[0,1]],"properties":{"naam":"los object"}}}})";
    const FeatureSet first = readTopoJson(text);
    EXPECT_EQ(first.layerName, "zuid");  // the first in the file, not in alphabetical order
    EXPECT_EQ(first.features.at(0).polygons.at(0).rings[0], kSquareB);

    const FeatureSet named = readTopoJson(text, "noord");  // a single geometry object: one feature
    ASSERT_EQ(named.features.size(), 1u);
    EXPECT_EQ(named.features[0].polygons.at(0).rings[0], kSquareA);
    EXPECT_EQ(*named.features[0].property("naam"), "los object");

    EXPECT_EQ(topoJsonError(text, "west"), R"( | the topology has no object "west"; it has "zuid", "noord")");
    EXPECT_EQ(topoJsonError(R"({"type":"Topology","arcs":[],"objects":{"Fryslân\n":{"type":null}}})", "Groningen"),
              R"( | the topology has no object "Groningen"; it has "Fryslân?")");
}

TEST(TopoJsonReader, ReportsArcIndicesOutOfRange) {
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,3]],"properties":{"statcode":"GM0014"}})")),
              "feature 1 (GM0014) | ring 1: arc index 3 is out of range: the topology has 3 arcs");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,1]]},{"type":"MultiPolygon","arcs":[[[0,1]],[[2,-4]]]})")),
              "feature 2 | polygon 2, ring 1: arc index -4 (arc 3 reversed) is out of range: the topology has 3 arcs");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,18446744073709551615]]})")),
              "feature 1 | ring 1: arc index 18446744073709551615 is out of range: the topology has 3 arcs");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,-9223372036854775808]]})")),
              "feature 1 | ring 1: arc index -9223372036854775808 (arc 9223372036854775807 reversed) is out of range: "
              "the topology has 3 arcs");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,1.0]]})")),
              R"(feature 1 | ring 1: an arc index must be an integer, found "1.0")");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[0,1]})")),
              "feature 1 | ring 1: a ring must be an array of arc indices");
}

TEST(TopoJsonReader, ReportsArcsThatDoNotJoinOrMakeShortRings) {
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,2]]})")),
              "feature 1 | ring 1: arc 2 starts at (5, 52) but arc 0 before it ends at (5, 52.5): the arcs do not join");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,-1]]})")),
              "feature 1 | ring 1: a ring needs at least 4 positions (the last repeating the first), this one has 3");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[]]})")),
              "feature 1 | ring 1: a ring needs at least 4 positions (the last repeating the first), this one has 0");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"MultiPolygon","arcs":[[]]})")),
              "feature 1 | polygon 1: the polygon has no rings");
}

TEST(TopoJsonReader, ReportsBadArcsByArcNumber) {
    EXPECT_EQ(topoJsonError(topology("", R"("arcs":[[[0,0],[1,1]],[[0,0]]])")),
              "arc 1 | an arc needs at least 2 positions, this one has 1");
    EXPECT_EQ(topoJsonError(topology("", R"("arcs":[[[0,0],[1,"1"]]])")),
              "arc 0 | position 2: coordinate is not a number");
    EXPECT_EQ(topoJsonError(topology("", R"("arcs":[[[0,0],[1,1]],{}])")), "arc 1 | an arc must be an array of positions");
    EXPECT_EQ(topoJsonError(topology("", R"("arcs":{})")), R"( | a Topology needs an "arcs" array)");
    EXPECT_EQ(topoJsonError(topology("", R"("arcs":[[[0,0],[1e300,1]]])",
                                     R"("transform":{"scale":[1e300,1],"translate":[0,0]})")),
              "arc 0 | position 2: coordinate is not a finite number");
}

TEST(TopoJsonReader, ReadsArcsInRdNewAndRefusesOtherProjections) {
    // RD New after the transform, every position in the grid: converted, as GeoJSON would be.
    const std::string rdArcs = R"("arcs":[[[155000,463000],[1000,0],[0,1000],[-1000,-1000]]])";
    const std::string rdTransform = R"("transform":{"scale":[1,1],"translate":[0,0]})";
    const FeatureSet set = readTopoJson(topology(R"({"type":"Polygon","arcs":[[0]]})", rdArcs, rdTransform));
    EXPECT_TRUE(set.convertedFromRdNew);
    const Ring& ring = set.features.at(0).polygons.at(0).rings.at(0);
    ASSERT_EQ(ring.size(), 4u);
    EXPECT_EQ(ring[1], rdToWgs84(156000, 463000));
    EXPECT_FALSE(readTopoJson(topology(R"({"type":"Polygon","arcs":[[0,1]]})")).convertedFromRdNew);
    // Web Mercator metres are neither.
    EXPECT_EQ(topoJsonError(topology("", R"("arcs":[[[539900,6863659],[1000,0]]])", rdTransform)),
              "arc 0 | position 1: position (539900, 6863659) is neither a WGS84 longitude/latitude nor RD New "
              "(EPSG:28992) in the Netherlands: export as WGS84 or RD New");
}

TEST(TopoJsonReader, ReportsBadDocumentsAndGeometries) {
    EXPECT_EQ(topoJsonError(R"({"type":"FeatureCollection","features":[]})"),
              R"( | not TopoJSON: the file's "type" is "FeatureCollection", not "Topology")");
    EXPECT_EQ(topoJsonError(R"({"arcs":[]})"), R"( | the file has no "type")");
    EXPECT_EQ(topoJsonError(R"({"type":"Topology","arcs":[]})"), R"( | a Topology needs an "objects" object)");
    EXPECT_EQ(topoJsonError(R"({"type":"Topology","arcs":[],"objects":{}})"), " | the topology has no objects");
    EXPECT_EQ(topoJsonError(topology("", kArcs, R"("transform":{"scale":[1],"translate":[0,0]})")),
              R"(transform | "scale" must be an array of two numbers)");
    EXPECT_EQ(topoJsonError(topology(R"({"arcs":[[0,1]]})")), R"(feature 1 | the geometry has no "type")");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,1]]},{"type":"Circle","properties":{"code":"VR01"}})")),
              R"(feature 2 (VR01) | unknown geometry type "Circle")");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"LineString","arcs":[0]})")),
              "feature 1 | LineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon"})")), R"(feature 1 | Polygon has no "arcs")");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Point","coordinates":[2,"1"]})")),
              "feature 1 | coordinate is not a number");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Point","coordinates":[2000,1]})")),
              "feature 1 | position (1004, 52.25) is not a WGS84 longitude/latitude: coordinates look projected "
              "(e.g. RD New / EPSG:28992); export as WGS84");  // the arcs before it are WGS84
    EXPECT_EQ(topoJsonError(R"({"type":"Topology","arcs":[],"objects":{"o":{"type":"GeometryCollection"}}})"),
              R"(object "o" | a GeometryCollection needs a "geometries" array)");
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[0,1]]},7)")),
              "feature 2 | a geometry object must be a JSON object");
    EXPECT_EQ(topoJsonError(R"({"type":"Topology","arcs":[[[0,0)"),
              "byte 32 | the file ends before the JSON is complete (truncated?)");
}

TEST(TopoJsonReader, LimitsTheCoordinatesManyArcReferencesCanCreate) {
    std::string references = "0";
    for (int i = 0; i < 3000; ++i) references += ",-1,0";  // back and forth over one arc: 12002 positions
    GeoReadLimits limits;
    limits.maxPositions = 10000;
    EXPECT_EQ(topoJsonError(topology(R"({"type":"Polygon","arcs":[[)" + references + "]]}"), "", limits),
              "feature 1 | more than 10000 coordinates: too many to import (simplify the file first)");
}

// ---- the real CBS boundaries of 2025 ----

struct RealFile {
    const char* name;
    size_t features;
    const char* codePrefix;
};

// ctest lists parameterised tests with their parameter: show the file name, not its bytes.
void PrintTo(const RealFile& file, std::ostream* out) { *out << file.name; }

class RealTopoJson : public testing::TestWithParam<RealFile> {};

TEST_P(RealTopoJson, DecodesEveryAreaWithClosedRingsInsideTheNetherlands) {
    const RealFile file = GetParam();
    const std::string text = sharedFile(file.name);
    ASSERT_FALSE(text.empty()) << file.name;
    const FeatureSet set = readTopoJson(text);
    ASSERT_EQ(set.features.size(), file.features);
    std::set<std::string> codes;
    for (const Feature& feature : set.features) {
        const std::string code = cbsCodeOf(feature);
        EXPECT_EQ(code.substr(0, 2), file.codePrefix);
        EXPECT_TRUE(codes.insert(code).second) << "duplicate " << code;
        ASSERT_FALSE(feature.polygons.empty()) << code;
        for (const Polygon& polygon : feature.polygons) {
            for (const Ring& ring : polygon.rings) {
                ASSERT_GE(ring.size(), 4u) << code;
                EXPECT_EQ(ring.front(), ring.back()) << code;
                for (const LonLat& p : ring) {
                    EXPECT_TRUE(p.lon >= 3.2 && p.lon <= 7.3 && p.lat >= 50.7 && p.lat <= 53.6)
                        << code << " (" << p.lon << ", " << p.lat << ")";
                }
            }
        }
    }
    EXPECT_EQ(readGeoFile(text).features, set.features);

    // Through GeoJSON and back: nothing lost, nothing changed.
    const FeatureSet back = readGeoJson(writeGeoJson(set));
    EXPECT_EQ(back.layerName, set.layerName);
    EXPECT_EQ(back.features, set.features);
}

INSTANTIATE_TEST_SUITE_P(Cbs2025, RealTopoJson,
                         testing::Values(RealFile{"gemeente_2025.topojson", 342, "GM"},
                                         RealFile{"provincie_2025.topojson", 12, "PV"},
                                         RealFile{"veiligheidsregio_2025.topojson", 25, "VR"}),
                         [](const testing::TestParamInfo<RealFile>& info) {
                             return std::string(info.param.codePrefix);
                         });

TEST(CbsMunicipalities2025, MatchTheCbsListInGemeenten2025Csv) {
    const std::string csv = sharedFile("gemeenten_2025.csv");
    wb::CsvReader reader(csv);
    std::vector<std::string_view> fields;
    ASSERT_TRUE(reader.next(fields));  // header: gm_code, gm_name, ...
    ASSERT_EQ(fields.at(0), "gm_code");
    ASSERT_EQ(fields.at(1), "gm_name");
    std::map<std::string, std::string> expected;
    while (reader.next(fields)) expected.emplace(fields.at(0), fields.at(1));
    ASSERT_EQ(expected.size(), 342u);

    std::map<std::string, std::string> found;
    for (const Feature& feature : readTopoJson(sharedFile("gemeente_2025.topojson"), "gemeente_2025").features)
        found.emplace(cbsCodeOf(feature), *feature.property("statnaam"));
    EXPECT_EQ(found, expected);
}
