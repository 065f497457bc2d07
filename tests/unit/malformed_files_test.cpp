// The malformed files in tests/malformed/ (small, hand-made, one mistake each): each must be refused
// with exactly the message a user would see, naming the place of the mistake.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "io/csv_reader.h"
#include "io/geo_file_reader.h"
#include "io/geopackage_reader.h"
#include "io/import_error.h"
#include "io/topojson_reader.h"
#include "io/wkt_csv_reader.h"

using namespace wb::io;

namespace {

struct MalformedFile {
    const char* name;
    const char* message;  // what() of the error: "<where>: <what>"
};

const MalformedFile kMalformedFiles[] = {
    {"truncated.geojson", "byte 213: the file ends before the JSON is complete (truncated?)"},
    {"invalid.json",
     "byte 47: invalid JSON at line 3, column 4: expected a member name in double quotes, found '\''"},
    {"web_mercator.geojson",
     "crs: the coordinate system \"urn:ogc:def:crs:EPSG::3857\" is not supported: use WGS84 (EPSG:4326) or RD New "
     "(EPSG:28992)"},
    {"unclosed_ring.geojson",
     "feature 1 (VR13): polygon 2, ring 1: the ring is not closed: its last position (4.8, 52.25) differs from "
     "its first (4.8, 52.2)"},
    {"line_string.geojson",
     "feature 1: LineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint"},
    {"out_of_range_arc.topojson",
     "feature 2 (GM0034): ring 1: arc index 1 is out of range: the topology has 1 arcs"},
    {"unclosed_quote.csv", "line 3: a quoted field is never closed"},
    {"wkt_misplaced_parenthesis.csv", "line 3, column 'WKT': character 67: expected '(', found '4.44'"},
    // GeoPackages (written by GeoPackage.DISABLED_WriteTestFiles in geopackage_test.cpp).
    {"gpkg_line_string.gpkg",
     "feature 1 (row id 1): LineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint"},
    {"gpkg_lying_ring_count.gpkg",
     "feature 1 (row id 1): the WKB claims 4294967295 rings but only 0 bytes are left (truncated or damaged)"},
    {"gpkg_injected_table_name.gpkg",
     "layer \"areas\"; DROP TABLE areas; --\": the table listed in gpkg_contents does not exist"},
    {"gpkg_web_mercator.gpkg",
     "layer \"areas\": the coordinate system \"EPSG:3857\" (\"WGS 84 / Pseudo-Mercator\") is not supported: use "
     "WGS84 (EPSG:4326) or RD New (EPSG:28992)"},
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Reads the file the way the dashboard would, by its extension; returns the error message or "".
std::string errorReading(const std::string& name, const std::string& text) {
    try {
        if (endsWith(name, ".csv") && isWktCsv(text)) {
            readWktCsv(text);
        } else if (endsWith(name, ".csv")) {
            wb::CsvReader reader(text);
            std::vector<std::string_view> fields;
            while (reader.next(fields)) {
            }
        } else if (endsWith(name, ".gpkg")) {
            readGeoPackage(text);
        } else if (endsWith(name, ".topojson")) {
            readTopoJson(text);
        } else {
            readGeoFile(text);
        }
    } catch (const ImportError& e) {
        return e.what();
    } catch (const wb::CsvError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(MalformedFiles, EachIsRefusedWithAMessageThatSaysWhereAndWhat) {
    for (const MalformedFile& file : kMalformedFiles) {
        const std::string text = readFile(std::string(WEERBAAR_SOURCE_DIR) + "/tests/malformed/" + file.name);
        ASSERT_FALSE(text.empty()) << file.name;
        EXPECT_EQ(errorReading(file.name, text), file.message) << file.name;
    }
}
