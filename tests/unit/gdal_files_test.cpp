// Boundary files as GDAL writes them (Debian's gdal-bin, installed by scripts/setup): the test
// writes a small GeoJSON around the real centroids of Amsterdam (GM0363) and Rotterdam (GM0599)
// from assets/areas_2025.csv, plus one district that is new to the database, and has ogr2ogr turn
// it into a GeoPackage, GeoJSON and a CSV with WKT, each in WGS84 and in RD New (EPSG:28992,
// PDOK's default). Every one goes through the one import path (importFile) into the default
// database; the stored boundaries must lie within a metre of the originals, the counts must add
// up, and a file in a system that is not supported must change nothing. ogr2ogr missing is a
// failure, not a skip: setup installs it.
#include <gtest/gtest.h>

#include <stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/database.h"
#include "io/csv_reader.h"
#include "io/file_import.h"
#include "io/geojson_reader.h"
#include "io/import_error.h"
#include "test_support.h"

using namespace wb;
using namespace wb::io;

namespace {

namespace fs = std::filesystem;

struct Area {
    std::string code, name;
    std::vector<Polygon> polygons;  // as written into the source file
};

LonLat centroidOf(const std::string& code) {
    const std::string facts = test::readFile(std::string(WEERBAAR_SOURCE_DIR) + "/assets/areas_2025.csv");
    CsvReader reader(facts, ',', '#');
    std::vector<std::string_view> fields;
    reader.next(fields);  // header: level,code,name,parent_code,centroid_lon,centroid_lat,...
    while (reader.next(fields))
        if (fields.at(1) == code) return LonLat{std::stod(std::string(fields.at(4))), std::stod(std::string(fields.at(5)))};
    ADD_FAILURE() << code << " is not in assets/areas_2025.csv";
    return {};
}

// A ring of `corners` around `centre` (degrees), closed; uneven radii so no two corners repeat.
Ring ringAround(LonLat centre, double radius, int corners, bool clockwise = false) {
    Ring ring;
    for (int i = 0; i < corners; ++i) {
        const double angle = (clockwise ? -1 : 1) * 2 * M_PI * i / corners;
        const double r = radius * (1 + 0.15 * ((i * 7) % 5) / 4.0);
        // Six decimals, as the source file writes them: what is compared is what was written.
        const auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
        ring.push_back({round6(centre.lon + r * 1.6 * std::cos(angle)), round6(centre.lat + r * std::sin(angle))});
    }
    ring.push_back(ring.front());
    return ring;
}

std::vector<Area> sourceAreas() {
    const LonLat amsterdam = centroidOf("GM0363"), rotterdam = centroidOf("GM0599");
    Polygon withHole{{ringAround(rotterdam, 0.03, 12), ringAround(rotterdam, 0.008, 6, true)}};
    Polygon island{{ringAround({rotterdam.lon - 0.12, rotterdam.lat - 0.02}, 0.01, 7)}};
    return {
        {"GM0363", "Amsterdam", {Polygon{{ringAround(amsterdam, 0.04, 16)}}}},
        {"GM0599", "Rotterdam", {withHole, island}},
        {"WK036399", "Testwijk", {Polygon{{ringAround(amsterdam, 0.005, 5)}}}},  // not in the database yet
    };
}

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", v);
    return text;
}

std::string sourceGeoJson(const std::vector<Area>& areas) {
    std::string out = R"({"type":"FeatureCollection","features":[)";
    for (size_t a = 0; a < areas.size(); ++a) {
        out += std::string(a ? "," : "") + R"({"type":"Feature","properties":{"statcode":")" + areas[a].code +
               R"(","statnaam":")" + areas[a].name + R"("},"geometry":{"type":"MultiPolygon","coordinates":[)";
        for (size_t p = 0; p < areas[a].polygons.size(); ++p) {
            out += p ? ",[" : "[";
            const std::vector<Ring>& rings = areas[a].polygons[p].rings;
            for (size_t r = 0; r < rings.size(); ++r) {
                out += r ? ",[" : "[";
                for (size_t i = 0; i < rings[r].size(); ++i)
                    out += std::string(i ? "," : "") + "[" + number(rings[r][i].lon) + "," + number(rings[r][i].lat) + "]";
                out += "]";
            }
            out += "]";
        }
        out += "]}}";
    }
    return out + "]}";
}

class GdalFiles : public ::testing::Test {
protected:
    void SetUp() override {
        char pattern[] = "/tmp/weerbaar-gdal-XXXXXX";
        ASSERT_NE(mkdtemp(pattern), nullptr);
        dir_ = pattern;
        areas_ = sourceAreas();
        std::FILE* out = std::fopen((dir_ / "source.geojson").c_str(), "wb");
        ASSERT_NE(out, nullptr);
        const std::string text = sourceGeoJson(areas_);
        std::fwrite(text.data(), 1, text.size(), out);
        std::fclose(out);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Runs ogr2ogr on the source file; returns the bytes it wrote to `name`.
    std::string ogr2ogr(const std::string& name, const std::string& options) {
        const fs::path target = dir_ / name;
        const std::string command = "ogr2ogr " + options + " '" + target.string() + "' '" +
                                    (dir_ / "source.geojson").string() + "' 2>'" + (dir_ / "ogr2ogr.log").string() + "'";
        const int status = std::system(command.c_str());
        EXPECT_EQ(status, 0) << command << "\n" << test::readFile((dir_ / "ogr2ogr.log").string())
                             << "(ogr2ogr comes with Debian's gdal-bin, which scripts/setup installs)";
        return test::readFile(target.string());
    }

    // The largest distance in metres between a stored boundary's corners and the source's.
    double largestShift(const Database& db, const Area& area) {
        const FeatureSet stored = readGeoJson(db.scalarText(
            "SELECT geometry FROM area WHERE code = '" + area.code + "' ORDER BY year DESC LIMIT 1"));
        const std::vector<Polygon>& polygons = stored.features.at(0).polygons;
        EXPECT_EQ(polygons.size(), area.polygons.size()) << area.code;
        double largest = 0;
        for (size_t p = 0; p < std::min(polygons.size(), area.polygons.size()); ++p) {
            EXPECT_EQ(polygons[p].rings.size(), area.polygons[p].rings.size()) << area.code;
            for (size_t r = 0; r < std::min(polygons[p].rings.size(), area.polygons[p].rings.size()); ++r) {
                const Ring& got = polygons[p].rings[r];
                const Ring& want = area.polygons[p].rings[r];
                EXPECT_EQ(got.size(), want.size()) << area.code;
                for (size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
                    const double north = (got[i].lat - want[i].lat) * 111'320;
                    const double east = (got[i].lon - want[i].lon) * 111'320 * std::cos(want[i].lat * M_PI / 180);
                    largest = std::max(largest, std::hypot(north, east));
                }
            }
        }
        return largest;
    }

    // Imports `bytes` as `name` into a fresh default database and checks every boundary.
    void expectImported(const std::string& name, const std::string& bytes, bool fromRdNew, double tolerance) {
        SCOPED_TRACE(name);
        Database db = test::openDefaultDatabase();
        const int64_t areasBefore = db.scalarInt("SELECT count(*) FROM area");
        const ImportResult result = importFile(db, name, bytes, {});
        EXPECT_EQ(result.table, "area");
        EXPECT_EQ(result.rows, static_cast<int64_t>(areas_.size()));
        EXPECT_EQ(result.message, "imported 3 boundaries (1 new areas)" +
                                      std::string(fromRdNew ? ", converted from RD New (EPSG:28992) to WGS84" : ""));
        EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area"), areasBefore + 1);
        EXPECT_EQ(db.scalarText("SELECT parent_code || ' ' || name FROM area WHERE code = 'WK036399'"), "GM0363 Testwijk");
        for (const Area& area : areas_) EXPECT_LT(largestShift(db, area), tolerance) << area.code;
    }

    fs::path dir_;
    std::vector<Area> areas_;
};

// WGS84 in, WGS84 out: GDAL writes the numbers it read, so nothing may move at all (a micrometre
// for the last digit of the decimal text).
constexpr double kUnchanged = 1e-6;
// RD New: GDAL projects with PROJ, the dashboard converts back with its own series; they agree to
// within 0.3 m around Amsterdam and Rotterdam (measured with GDAL 3.6.2).
constexpr double kOneMetre = 1.0;

}  // namespace

TEST_F(GdalFiles, GeoPackagesInWgs84AndRdNew) {
    expectImported("wgs84.gpkg", ogr2ogr("wgs84.gpkg", "-f GPKG"), false, kUnchanged);
    expectImported("rd.gpkg", ogr2ogr("rd.gpkg", "-f GPKG -t_srs EPSG:28992"), true, kOneMetre);
}

TEST_F(GdalFiles, GeoJsonInWgs84AndRdNewWithAndWithoutItsCrsMember) {
    expectImported("wgs84.geojson", ogr2ogr("wgs84.geojson", "-f GeoJSON"), false, kUnchanged);
    const std::string rd = ogr2ogr("rd.geojson", "-f GeoJSON -t_srs EPSG:28992");
    ASSERT_NE(rd.find(R"("name": "urn:ogc:def:crs:EPSG::28992")"), std::string::npos) << "ogr2ogr declares RD New";
    expectImported("rd.geojson", rd, true, kOneMetre);
    // The same file without its "crs" member: every position is unmistakably RD New.
    const size_t crs = rd.find("\"crs\"");
    const std::string undeclared = rd.substr(0, crs) + rd.substr(rd.find('\n', crs) + 1);
    ASSERT_EQ(undeclared.find("crs"), std::string::npos);
    expectImported("rd_undeclared.geojson", undeclared, true, kOneMetre);
}

TEST_F(GdalFiles, CsvWithWktInWgs84AndRdNew) {
    const std::string wgs84 = ogr2ogr("wgs84.csv", "-f CSV -lco GEOMETRY=AS_WKT");
    ASSERT_EQ(wgs84.substr(0, 4), "WKT,");
    expectImported("wgs84.csv", wgs84, false, kUnchanged);
    expectImported("rd.csv", ogr2ogr("rd.csv", "-f CSV -lco GEOMETRY=AS_WKT -t_srs EPSG:28992"), true, kOneMetre);
}

TEST_F(GdalFiles, AnotherCoordinateSystemIsRefusedAndChangesNothing) {
    Database db = test::openDefaultDatabase();
    const std::vector<uint8_t> before = db.serialize();
    const auto refusal = [&db](const std::string& name, const std::string& bytes) {
        try {
            importFile(db, name, bytes, {});
        } catch (const ImportError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(refusal("mercator.geojson", ogr2ogr("mercator.geojson", "-f GeoJSON -t_srs EPSG:3857")),
              "crs: the coordinate system \"urn:ogc:def:crs:EPSG::3857\" is not supported: use WGS84 (EPSG:4326) or RD "
              "New (EPSG:28992)");
    EXPECT_EQ(refusal("mercator.gpkg", ogr2ogr("mercator.gpkg", "-f GPKG -t_srs EPSG:3857")),
              "layer \"source\": the coordinate system \"EPSG:3857\" (\"WGS 84 / Pseudo-Mercator\") is not supported: "
              "use WGS84 (EPSG:4326) or RD New (EPSG:28992)");
    // A CSV names no system: its first position is neither degrees nor RD New.
    const std::string csv = refusal("mercator.csv", ogr2ogr("mercator.csv", "-f CSV -lco GEOMETRY=AS_WKT -t_srs EPSG:3857"));
    EXPECT_EQ(csv.substr(0, 64), "line 2, column 'WKT': polygon 1, ring 1, position 1: position (5") << csv;
    EXPECT_NE(csv.find(") is neither a WGS84 longitude/latitude nor RD New (EPSG:28992) in the Netherlands"),
              std::string::npos) << csv;
    EXPECT_TRUE(db.serialize() == before) << "a refused file changed the database";
}
