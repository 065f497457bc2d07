// GeoPackage reading and writing: round trips, the real CBS boundaries through a GeoPackage, RD New
// conversion, the corners of the geometry blob format, and hostile files.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>

#include "core/database.h"
#include "io/boundary_import.h"
#include "io/file_import.h"
#include "io/geo_file_reader.h"
#include "io/geopackage_reader.h"
#include "io/geopackage_writer.h"
#include "io/import_error.h"
#include "io/rd_to_wgs84.h"
#include "test_support.h"

using namespace wb;
using namespace wb::io;

namespace {

// ---- building test files ----

Ring squareRing(double lon, double lat, double size) {
    return {{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}};
}

Property property(const std::string& name, const std::string& value, PropertyType type = PropertyType::String) {
    return Property{name, value, type};
}

FeatureSet sampleSet() {
    FeatureSet set;
    Feature a;
    a.id = "-3";
    a.properties = {property("statcode", "GM0014"), property("statnaam", "Groningen"),
                    property("inwoners", "243768", PropertyType::Number), property("dichtheid", "1234.5", PropertyType::Number),
                    property("kust", "false", PropertyType::Boolean), property("opmerking", "", PropertyType::Null)};
    a.polygons.push_back(Polygon{{squareRing(6.5, 53.2, 0.1), squareRing(6.52, 53.22, 0.01)}});  // with a hole
    a.polygons.push_back(Polygon{{squareRing(6.7, 53.3, 0.05)}});
    Feature b;
    b.id = "7";
    b.properties = {property("statcode", "GM0034"), property("statnaam", "Almere \"Stad\""),
                    property("inwoners", "-1", PropertyType::Number), property("dichtheid", "5e-324", PropertyType::Number),
                    property("kust", "true", PropertyType::Boolean), property("opmerking", "ë ✓", PropertyType::String)};
    b.points = {{5.2, 52.37}, {-180, -90}};
    Feature both;
    both.id = "1000000000000";
    both.properties = {property("statcode", "GM0037"), property("statnaam", "Stadskanaal"),
                       property("inwoners", "0", PropertyType::Number), property("dichtheid", "0.1", PropertyType::Number),
                       property("kust", "", PropertyType::Null), property("opmerking", "x", PropertyType::String)};
    both.polygons.push_back(Polygon{{squareRing(7.0, 53.0, 0.2)}});
    both.points = {{7.05, 53.05}};
    Feature none;
    none.id = "1000000000001";
    none.properties = {property("statcode", "GM0047"), property("statnaam", "Veendam"),
                       property("inwoners", "", PropertyType::Null), property("dichtheid", "2", PropertyType::Number),
                       property("kust", "true", PropertyType::Boolean), property("opmerking", "", PropertyType::Null)};
    set.features = {a, b, both, none};
    return set;
}

std::string asString(const std::vector<uint8_t>& bytes) { return std::string(bytes.begin(), bytes.end()); }

// A geometry blob written byte by byte, to reach every corner of the format (and beyond it).
class Blob {
public:
    explicit Blob(bool bigEndian = false) : big_(bigEndian) {}
    Blob& raw(const std::string& bytes) { return bytes_ += bytes, *this; }
    Blob& u8(uint8_t v) { return bytes_ += static_cast<char>(v), *this; }
    Blob& u32(uint32_t v) { return put(&v, 4); }
    Blob& f64(double v) { return put(&v, 8); }
    // "GP", version 1, flags, srs_id and an envelope of the given type filled with zeros.
    Blob& gpHeader(int32_t srsId, unsigned envelopeType = 0, bool empty = false, uint8_t version = 0) {
        static const size_t kEnvelopeDoubles[] = {0, 4, 6, 6, 8, 0, 0, 0};
        raw("GP").u8(version).u8(static_cast<uint8_t>((big_ ? 0 : 1) | envelopeType << 1 | (empty ? 0x10 : 0)));
        put(&srsId, 4);
        for (size_t i = 0; i < kEnvelopeDoubles[envelopeType & 7]; ++i) f64(0);
        return *this;
    }
    Blob& wkb(uint32_t type) { return u8(big_ ? 0 : 1).u32(type); }
    // A polygon with one square ring, `extra` values (Z, M) after each x, y.
    Blob& squarePolygon(uint32_t type, double x, double y, double size, int extra = 0) {
        wkb(type).u32(1).u32(5);
        const double corners[][2] = {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
        for (const auto& c : corners) {
            f64(c[0]).f64(c[1]);
            for (int i = 0; i < extra; ++i) f64(1000 + i);
        }
        return *this;
    }
    const std::string& bytes() const { return bytes_; }

private:
    Blob& put(const void* value, size_t n) {
        char buffer[8];
        std::memcpy(buffer, value, n);
        if (big_) std::reverse(buffer, buffer + n);  // the tests run on little-endian hosts
        bytes_.append(buffer, n);
        return *this;
    }
    bool big_;
    std::string bytes_;
};

// A GeoPackage written by writeGeoPackage, then changed with SQL (one statement binding `blob` as
// its parameter, or any number of statements without one).
std::string editedGeoPackage(const FeatureSet& set, const std::string& sql, const std::string& blob = {}) {
    const std::vector<uint8_t> original = writeGeoPackage(set, "areas");
    Database db = Database::fromBytes(original.data(), original.size());
    db.exec("PRAGMA foreign_keys = OFF");
    if (blob.empty()) {
        db.exec(sql);
    } else {
        db.prepare(sql).bindBlob(1, blob.data(), blob.size()).run();
    }
    return asString(db.serialize());
}

FeatureSet oneSquare() {
    FeatureSet set;
    Feature f;
    f.properties = {property("statcode", "GM0307"), property("statnaam", "Amersfoort")};
    f.polygons.push_back(Polygon{{squareRing(5.3, 52.1, 0.1)}});
    set.features.push_back(f);
    return set;
}

// A one-feature GeoPackage (layer "areas", fid 1) whose geometry is `blob`.
std::string withGeometry(const std::string& blob) {
    return editedGeoPackage(oneSquare(), "UPDATE areas SET geom = ? WHERE fid = 1", blob);
}

// The same, with the layer declared in RD New (EPSG:28992).
std::string rdGeoPackage(const std::string& blob) {
    std::string bytes = editedGeoPackage(oneSquare(), "UPDATE areas SET geom = ? WHERE fid = 1", blob);
    Database db = Database::fromBytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    db.exec("PRAGMA foreign_keys = OFF;"
            "INSERT INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'PROJCS[...]', NULL);"
            "UPDATE gpkg_geometry_columns SET srs_id = 28992; UPDATE gpkg_contents SET srs_id = 28992");
    return asString(db.serialize());
}

std::string errorOf(const std::function<void()>& read) {
    try {
        read();
    } catch (const ImportError& e) {
        EXPECT_FALSE(std::string(e.what()).empty());
        return e.what();
    }
    return "";
}

std::string readError(const std::string& bytes, const GeoReadLimits& limits = {}) {
    return errorOf([&] { readGeoPackage(bytes, limits); });
}

FeatureSet readOk(const std::string& bytes) {
    try {
        return readGeoPackage(bytes);
    } catch (const ImportError& e) {
        ADD_FAILURE() << e.what();
        return {};
    }
}

std::string snapshot(const Database& db) { return asString(db.serialize()); }

std::string sharedFile(const std::string& name) { return test::readFile(std::string(WEERBAAR_CBS_DATA) + "/" + name); }

constexpr uint32_t kPoint = 1, kLineString = 2, kPolygon = 3, kMultiPoint = 4, kMultiPolygon = 6, kCollection = 7;

}  // namespace

// ---- round trips ----

TEST(GeoPackage, WhatTheWriterWritesReadsBackUnchanged) {
    const FeatureSet set = sampleSet();
    const std::string bytes = asString(writeGeoPackage(set, "gemeenten"));
    const FeatureSet back = readOk(bytes);
    EXPECT_EQ(back.sourceFormat, "GeoPackage");
    EXPECT_EQ(back.layerName, "gemeenten");
    ASSERT_EQ(back.features.size(), set.features.size());
    for (size_t i = 0; i < set.features.size(); ++i) EXPECT_EQ(back.features[i], set.features[i]) << i;
    EXPECT_EQ(asString(writeGeoPackage(back, "gemeenten")).size(), bytes.size());
}

TEST(GeoPackage, TheWriterMakesASpecificationConformantFile) {
    const std::vector<uint8_t> bytes = writeGeoPackage(sampleSet(), "gemeenten");
    Database db = Database::fromBytes(bytes.data(), bytes.size());
    EXPECT_EQ(db.scalarInt("PRAGMA application_id"), 0x47504B47);
    EXPECT_EQ(db.scalarInt("PRAGMA user_version"), 10300);
    EXPECT_EQ(db.scalarText("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(db.scalarInt("PRAGMA foreign_key_check"), 0);
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"), 3);
    EXPECT_EQ(db.scalarText("SELECT data_type || ' ' || srs_id FROM gpkg_contents WHERE table_name = 'gemeenten'"),
              "features 4326");
    EXPECT_EQ(db.scalarText("SELECT column_name || ' ' || geometry_type_name FROM gpkg_geometry_columns"), "geom GEOMETRY");
    EXPECT_EQ(db.scalarText("SELECT group_concat(name || ':' || type, ' ') FROM pragma_table_info('gemeenten')"),
              "fid:INTEGER geom:GEOMETRY statcode:TEXT statnaam:TEXT inwoners:INTEGER dichtheid:REAL kust:BOOLEAN "
              "opmerking:TEXT");
    // Blob of fid -3: "GP", version 0, flags little-endian + XY envelope, srs 4326, envelope minx maxx miny maxy.
    const std::vector<uint8_t> blob = [&] {
        Statement st = db.prepare("SELECT geom FROM gemeenten WHERE fid = -3");
        st.step();
        return st.getBlob(0);
    }();
    ASSERT_GE(blob.size(), 40u + 9u);
    EXPECT_EQ(std::string(blob.begin(), blob.begin() + 4), std::string("GP\0\x03", 4));
    double envelope[4];
    std::memcpy(envelope, blob.data() + 8, 32);
    EXPECT_DOUBLE_EQ(envelope[0], 6.5);
    EXPECT_DOUBLE_EQ(envelope[1], 6.75);
    EXPECT_DOUBLE_EQ(envelope[2], 53.2);
    EXPECT_DOUBLE_EQ(envelope[3], 53.35);
    EXPECT_EQ(blob[40], 1);                // WKB little-endian
    EXPECT_EQ(blob[41], kMultiPolygon);
}

TEST(GeoPackage, PropertyNamesThatClashWithTheWritersColumnsKeepTheirNames) {
    FeatureSet set = oneSquare();
    set.features[0].properties.push_back(property("FID", "x"));
    set.features[0].properties.push_back(property("geom", "y"));
    const FeatureSet back = readOk(asString(writeGeoPackage(set, "gpkg_contents")));
    EXPECT_EQ(back.layerName, "layer_gpkg_contents");
    EXPECT_EQ(back.features.at(0).properties, set.features[0].properties);
}

// ---- the real CBS boundaries ----

TEST(GeoPackage, RealCbsBoundariesThroughAGeoPackageFillEveryArea) {
    Database db = test::openDefaultDatabase();
    for (const auto& [file, level, count] : std::vector<std::tuple<std::string, std::string, int>>{
             {"gemeente_2025", "municipality", 342},
             {"veiligheidsregio_2025", "safety_region", 25},
             {"provincie_2025", "province", 12}}) {
        const FeatureSet topo = readGeoFile(sharedFile(file + ".topojson"));
        const std::string gpkg = asString(writeGeoPackage(topo, file));
        const FeatureSet back = readOk(gpkg);
        EXPECT_EQ(back.layerName, file);
        ASSERT_EQ(back.features.size(), topo.features.size()) << file;
        for (size_t i = 0; i < topo.features.size(); ++i) {
            EXPECT_EQ(back.features[i].polygons, topo.features[i].polygons) << file << " " << i;
            EXPECT_EQ(back.features[i].properties, topo.features[i].properties) << file << " " << i;
        }
        const ImportResult r = importFile(db, file + ".gpkg", gpkg, {});
        EXPECT_EQ(r.rows, count) << file;
        Statement st = db.prepare("SELECT count(*) FROM area WHERE geometry IS NOT NULL AND level = ?");
        st.bind(1, level);
        st.step();
        EXPECT_EQ(st.getInt(0), count) << file;
    }
    EXPECT_EQ(db.scalarText("SELECT format FROM import_log ORDER BY rowid DESC LIMIT 1"), "GeoPackage");
}

// ---- RD New ----

TEST(GeoPackage, RdNewPositionsAreConvertedToWgs84) {
    // The grid's origin, and the worked examples of Schreutelkamp & Strang van Hees
    // (Westertoren, Amsterdam; Martinitoren, Groningen).
    struct Known {
        double x, y, lat, lon;
    };
    for (const Known& k : {Known{155000, 463000, 52.15517440, 5.38720621},
                           Known{120700.723, 487525.501, 52.37453253, 4.88352559},
                           Known{233883.131, 582065.167, 53.21938317, 6.56820053}}) {
        const LonLat direct = rdToWgs84(k.x, k.y);
        EXPECT_NEAR(direct.lat, k.lat, 1e-5);
        EXPECT_NEAR(direct.lon, k.lon, 1e-5);
        const std::string blob = Blob().gpHeader(28992).wkb(kPoint).f64(k.x).f64(k.y).bytes();
        const FeatureSet set = readOk(rdGeoPackage(blob));
        ASSERT_EQ(set.features.at(0).points.size(), 1u);
        EXPECT_NEAR(set.features[0].points[0].lat, k.lat, 1e-5);
        EXPECT_NEAR(set.features[0].points[0].lon, k.lon, 1e-5);
    }
    // A 1 km square around Amersfoort imports into the default database as GM0307's boundary.
    const std::string square = Blob().gpHeader(28992, 1).squarePolygon(kPolygon, 155000, 463000, 1000).bytes();
    const std::string gpkg = rdGeoPackage(square);
    const Polygon polygon = readOk(gpkg).features.at(0).polygons.at(0);
    EXPECT_NEAR(polygon.rings[0][0].lat, 52.15517440, 1e-8);
    EXPECT_NEAR(polygon.rings[0][2].lat - polygon.rings[0][0].lat, 1000 / 111'250.0, 1e-4);  // about 9 millidegrees
    EXPECT_EQ(polygon.rings[0].front(), polygon.rings[0].back());
    Database db = test::openDefaultDatabase();
    EXPECT_TRUE(readOk(gpkg).convertedFromRdNew);
    const ImportResult result = importFile(db, "amersfoort_rd.gpkg", gpkg, {});
    EXPECT_EQ(result.rows, 1);
    EXPECT_EQ(result.message, "imported 1 boundaries, converted from RD New (EPSG:28992) to WGS84");
    EXPECT_NEAR(db.scalarInt("SELECT round(min_lat * 1e5) FROM area WHERE code = 'GM0307' ORDER BY year DESC LIMIT 1"),
                5215517, 1);

    EXPECT_EQ(readError(rdGeoPackage(Blob().gpHeader(28992).wkb(kPoint).f64(5.38).f64(52.15).bytes())),
              "feature 1 (row id 1): position (5.38, 52.15) lies outside the Netherlands, where RD New (EPSG:28992) "
              "holds");
}

// ---- the blob format ----

TEST(GeoPackage, ReadsBothByteOrdersEveryEnvelopeTypeAndDropsZAndM) {
    const FeatureSet expected = oneSquare();
    const Polygon& square = expected.features[0].polygons[0];
    for (bool big : {false, true}) {
        for (unsigned envelope = 0; envelope <= 4; ++envelope) {
            // ISO codes: 3 = XY, 1003 = Z, 2003 = M, 3003 = ZM; EWKB: flag bits with the plain code.
            const std::pair<uint32_t, int> variants[] = {{kPolygon, 0},
                                                         {1000 + kPolygon, 1},
                                                         {2000 + kPolygon, 1},
                                                         {3000 + kPolygon, 2},
                                                         {0x80000000u | kPolygon, 1},
                                                         {0x40000000u | kPolygon, 1},
                                                         {0xC0000000u | kPolygon, 2}};
            for (const auto& [type, extra] : variants) {
                const std::string blob = Blob(big).gpHeader(4326, envelope).squarePolygon(type, 5.3, 52.1, 0.1, extra).bytes();
                const FeatureSet set = readOk(withGeometry(blob));
                ASSERT_EQ(set.features.size(), 1u);
                EXPECT_EQ(set.features[0].polygons, std::vector<Polygon>{square}) << big << envelope << " " << type;
            }
        }
    }
    // A MultiPoint of a Z point and an M point (each member has its own header), and an EWKB SRID.
    const std::string points = Blob(true).gpHeader(4326).wkb(kMultiPoint).u32(2).wkb(1001).f64(5).f64(52).f64(7)
                                   .wkb(0x40000001u).f64(6).f64(53).f64(8).bytes();
    EXPECT_EQ(readOk(withGeometry(points)).features.at(0).points, (std::vector<LonLat>{{5, 52}, {6, 53}}));
    const std::string srid = Blob().gpHeader(4326).wkb(0x20000001u).u32(4326).f64(5).f64(52).bytes();
    EXPECT_EQ(readOk(withGeometry(srid)).features.at(0).points, (std::vector<LonLat>{{5, 52}}));
}

TEST(GeoPackage, EmptyGeometriesAddNothing) {
    const std::string flagged = Blob().gpHeader(4326, 0, true).wkb(kPoint).f64(NAN).f64(NAN).bytes();
    const std::string nanPoint = Blob().gpHeader(4326).wkb(kPoint).f64(NAN).f64(NAN).bytes();
    const std::string noRings = Blob().gpHeader(4326).wkb(kPolygon).u32(0).bytes();
    const std::string noMembers = Blob().gpHeader(4326).wkb(kMultiPolygon).u32(0).bytes();
    for (const std::string& blob : {flagged, nanPoint, noRings, noMembers}) {
        const Feature f = readOk(withGeometry(blob)).features.at(0);
        EXPECT_TRUE(f.polygons.empty() && f.points.empty());
    }
    const Feature null = readOk(editedGeoPackage(oneSquare(), "UPDATE areas SET geom = NULL")).features.at(0);
    EXPECT_TRUE(null.polygons.empty() && null.points.empty());
}

// ---- hostile and broken files ----

TEST(GeoPackage, BrokenGeometryBlobsAreRefusedWithTheRowAndTheReason) {
    const std::string where = "feature 1 (row id 1): ";
    const std::string header = Blob().gpHeader(4326).bytes();
    const std::string ring = Blob().squarePolygon(kPolygon, 5.3, 52.1, 0.1).bytes();
    struct Case {
        std::string blob, message;
    };
    const Case cases[] = {
        {"GP", "the geometry is not a GeoPackage geometry blob (it does not start with \"GP\")"},
        {"XX" + header.substr(2) + ring, "the geometry is not a GeoPackage geometry blob (it does not start with \"GP\")"},
        {ring, "the geometry is not a GeoPackage geometry blob (it does not start with \"GP\")"},
        {Blob().gpHeader(4326, 0, false, 1).bytes() + ring, "GeoPackage geometry version 2 is not supported"},
        {Blob().gpHeader(4326, 5).bytes() + ring, "the geometry header has an invalid envelope type 5"},
        {Blob().gpHeader(4326, 4).bytes().substr(0, 40), "the geometry is truncated: 64 more bytes needed at byte 8 of 40"},
        {header.substr(0, 3) + "\x21" + header.substr(4) + ring, "extended GeoPackage geometry types are not supported"},
        {Blob().gpHeader(3857).bytes() + ring, "the geometry's SRS id 3857 differs from the layer's 4326"},
        {header + ring.substr(0, ring.size() - 3),
         "ring 1: the WKB claims 5 positions but only 77 bytes are left (truncated or damaged)"},
        {header + Blob().wkb(kPoint).f64(5).bytes(), "the geometry is truncated: 8 more bytes needed at byte 21 of 21"},
        {header + ring + "xyz", "3 bytes follow the end of the WKB geometry (damaged?)"},
        {header + Blob().wkb(kPolygon).u32(0xFFFFFFFF).bytes(),
         "the WKB claims 4294967295 rings but only 0 bytes are left (truncated or damaged)"},
        {header + Blob().wkb(kPolygon).u32(1).u32(100000000).bytes(),
         "ring 1: the WKB claims 100000000 positions but only 0 bytes are left (truncated or damaged)"},
        {header + Blob().wkb(kMultiPolygon).u32(0x7FFFFFFF).bytes(),
         "the WKB claims 2147483647 polygons but only 0 bytes are left (truncated or damaged)"},
        {header + Blob().wkb(kLineString).u32(0).bytes(),
         "LineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint"},
        {header + Blob().wkb(1005).u32(0).bytes(),
         "MultiLineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint"},
        {header + Blob().wkb(17).u32(0).bytes(), "WKB geometry type 17 is not supported: only Polygon, MultiPolygon, Point and MultiPoint"},
        {header + Blob().u8(2).u32(kPoint).bytes(), "invalid WKB byte order 2 (must be 0 or 1)"},
        {header + Blob().wkb(kMultiPoint).u32(1).squarePolygon(kPolygon, 5, 52, 1).bytes(),
         "a WKB MultiPoint holds a geometry of type 3"},
        {header + Blob().wkb(kCollection).u32(1).wkb(kCollection).u32(0).bytes(),
         "nested geometry collections are not supported"},
        {header + Blob().wkb(kPoint).f64(NAN).f64(52).bytes(), "coordinate is not a finite number"},
        {header + Blob().wkb(kPoint).f64(190).f64(52).bytes(),
         "position (190, 52) is not a WGS84 longitude/latitude: coordinates look projected (e.g. RD New / "
         "EPSG:28992); export as WGS84"},
        {header + Blob().wkb(kPolygon).u32(1).u32(3).f64(5).f64(52).f64(6).f64(52).f64(5).f64(52).bytes(),
         "ring 1: a ring needs at least 4 positions (the last repeating the first), this one has 3"},
        {header + Blob().wkb(kMultiPolygon).u32(1).wkb(kPolygon).u32(1).u32(4).f64(5).f64(52).f64(6).f64(52).f64(6)
                      .f64(53).f64(5).f64(53).bytes(),
         "polygon 1, ring 1: the ring is not closed: its last position (5, 53) differs from its first (5, 52)"},
    };
    for (const Case& c : cases) EXPECT_EQ(readError(withGeometry(c.blob)), where + c.message) << c.message;
    EXPECT_EQ(readError(editedGeoPackage(oneSquare(), "UPDATE areas SET geom = 'POINT(5 52)'")),
              where + "the geometry column holds a value that is not a GeoPackage geometry blob");
}

TEST(GeoPackage, TheCoordinateBudgetStopsHugeGeometries) {
    GeoReadLimits limits;
    limits.maxPositions = 4;
    EXPECT_EQ(readError(asString(writeGeoPackage(oneSquare(), "areas")), limits),
              "feature 1 (row id 1): more than 4 coordinates: too many to import (simplify the file first)");
}

TEST(GeoPackage, HostileTablesAndCatalogsAreRefused) {
    const FeatureSet set = oneSquare();
    const auto layer = [&](const std::string& sql) { return readError(editedGeoPackage(set, sql)); };
    // A table name that tries to end the identifier and inject SQL is only ever looked up, never run;
    // an odd name that does exist is quoted properly.
    EXPECT_EQ(layer("UPDATE gpkg_contents SET table_name = 'areas\"; DROP TABLE areas; --';"
                    "UPDATE gpkg_geometry_columns SET table_name = 'areas\"; DROP TABLE areas; --'"),
              "layer \"areas\"; DROP TABLE areas; --\": the table listed in gpkg_contents does not exist");
    const FeatureSet odd = readOk(editedGeoPackage(set, "ALTER TABLE areas RENAME TO [a\"b; --];"
                                                        "UPDATE gpkg_contents SET table_name = 'a\"b; --';"
                                                        "UPDATE gpkg_geometry_columns SET table_name = 'a\"b; --'"));
    EXPECT_EQ(odd.layerName, "a\"b; --");
    EXPECT_EQ(odd.features.size(), 1u);
    EXPECT_EQ(layer("INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('x', 'features', 4326)"),
              "");  // listed without a geometry column: not a layer, the real one is read
    EXPECT_EQ(layer("UPDATE gpkg_geometry_columns SET column_name = 'geom\" FROM x; --'"),
              "layer \"areas\": the geometry column \"geom\" FROM x; --\" does not exist");
    EXPECT_EQ(layer("ALTER TABLE areas RENAME TO other"),
              "layer \"areas\": the table listed in gpkg_contents does not exist");
    EXPECT_EQ(layer("UPDATE gpkg_contents SET data_type = 'attributes'"),
              "the GeoPackage has no feature layer (gpkg_contents lists no 'features' table)");
    EXPECT_EQ(layer("UPDATE gpkg_geometry_columns SET srs_id = 3857"),
              "layer \"areas\": its SRS id 3857 is not in gpkg_spatial_ref_sys");
    EXPECT_EQ(layer("UPDATE gpkg_spatial_ref_sys SET organization = 'EPSG', organization_coordsys_id = 3857, "
                    "srs_name = 'WGS 84 / Pseudo-Mercator' WHERE srs_id = 4326"),
              "layer \"areas\": the coordinate system \"EPSG:3857\" (\"WGS 84 / Pseudo-Mercator\") is not supported: "
              "use WGS84 (EPSG:4326) or RD New (EPSG:28992)");
    // A view or a virtual table under the layer's name.
    const std::string view = editedGeoPackage(set, "ALTER TABLE areas RENAME TO areas_data");
    Database viewDb = Database::fromBytes(reinterpret_cast<const uint8_t*>(view.data()), view.size());
    viewDb.exec("CREATE VIEW areas AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT i AS fid, NULL AS geom FROM n");
    EXPECT_EQ(readError(snapshot(viewDb)), "layer \"areas\": is a view, not a table");
    const std::string rtree = editedGeoPackage(set, "DROP TABLE areas");
    Database rtreeDb = Database::fromBytes(reinterpret_cast<const uint8_t*>(rtree.data()), rtree.size());
    rtreeDb.exec("CREATE VIRTUAL TABLE areas USING rtree(fid, minx, maxx, miny, maxy)");
    EXPECT_EQ(readError(snapshot(rtreeDb)), "layer \"areas\": virtual tables are not supported");
    // A system table listed as the layer.
    EXPECT_EQ(layer("UPDATE gpkg_geometry_columns SET column_name = 'description', table_name = 'gpkg_spatial_ref_sys';"
                    "UPDATE gpkg_contents SET table_name = 'gpkg_spatial_ref_sys'"),
              "layer \"gpkg_spatial_ref_sys\": is a system table, not a feature table");
    // A trigger in the file does not fire on reading (and the file is only ever a copy).
    const std::string trigger = editedGeoPackage(
        set, "CREATE TRIGGER t AFTER UPDATE ON areas BEGIN DELETE FROM gpkg_contents; END");
    EXPECT_EQ(readOk(trigger).features.size(), 1u);
}

TEST(GeoPackage, WhatIsNotAGeoPackageIsRefused) {
    EXPECT_EQ(readError("hello"), "not an SQLite database file");
    Database plain = Database::openMemory();
    plain.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    EXPECT_EQ(readError(snapshot(plain)),
              "not a GeoPackage: the SQLite file has no gpkg_contents and gpkg_geometry_columns tables");
    std::string damaged = asString(writeGeoPackage(sampleSet(), "areas"));
    for (size_t i = damaged.size() / 2; i < damaged.size() / 2 + 3000; ++i) damaged[i] = '\xA5';
    EXPECT_EQ(readError(damaged).rfind("the database file is damaged", 0), 0u) << readError(damaged);
    EXPECT_NE(readError(damaged.substr(0, 1000)), "");
}

TEST(GeoPackage, IsToldFromADashboardDatabaseByContentNotName) {
    const std::string gpkg = asString(writeGeoPackage(oneSquare(), "areas"));
    EXPECT_EQ(detectFileKind("export.sqlite", gpkg), FileKind::GeoPackage);  // application_id
    Database noId = Database::fromBytes(reinterpret_cast<const uint8_t*>(gpkg.data()), gpkg.size());
    noId.exec("PRAGMA application_id = 0");
    EXPECT_EQ(detectFileKind("areas.db", snapshot(noId)), FileKind::GeoPackage);  // the gpkg tables
    EXPECT_EQ(readOk(snapshot(noId)).features.size(), 1u);
    const Database dashboard = test::openDefaultDatabase();
    EXPECT_EQ(detectFileKind("weerbaar.sqlite", snapshot(dashboard)), FileKind::SqliteDatabase);
    EXPECT_EQ(detectFileKind("boundaries.gpkg", gpkg), FileKind::GeoPackage);
}

TEST(GeoPackage, AFailedImportLeavesTheDatabaseAsItWas) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    FeatureSet set = oneSquare();
    Feature unknown = set.features[0];
    unknown.properties = {property("statcode", "GM9999")};
    set.features.push_back(unknown);
    EXPECT_EQ(errorOf([&] { importFile(db, "a.gpkg", asString(writeGeoPackage(set, "areas")), {}); }),
              "feature 2 (GM9999): unknown area code GM9999");
    EXPECT_EQ(snapshot(db), before);
    const std::string broken = withGeometry(Blob().gpHeader(4326).wkb(kLineString).u32(0).bytes());
    EXPECT_NE(errorOf([&] { importFile(db, "b.gpkg", broken, {}); }), "");
    EXPECT_EQ(snapshot(db), before);
}

// ---- the committed test files ----

namespace {

// Page size 512 keeps a GeoPackage of five small tables at a few kilobytes.
// An in-memory database cannot change its page size, so this goes through a file.
std::string compacted(const std::string& bytes) {
    const std::string path = testing::TempDir() + "compacted.gpkg";
    std::remove(path.c_str());
    {
        Database db = Database::fromBytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        db.prepare("VACUUM INTO ?").bind(1, path).run();
    }
    {
        Database file = Database::openFile(path);
        file.exec("PRAGMA page_size = 512; VACUUM");
    }
    std::string small = test::readFile(path);
    std::remove(path.c_str());
    return small;
}

void writeTestFile(const std::string& relativePath, const std::string& bytes) {
    std::ofstream(std::string(WEERBAAR_SOURCE_DIR) + "/" + relativePath, std::ios::binary) << bytes;
}

}  // namespace

// Regenerates tests/malformed/*.gpkg and the fuzz seeds of tests/fuzz/corpus/geopackage and
// gpkg_geometry: unit_tests --gtest_also_run_disabled_tests --gtest_filter='*WriteTestFiles'
TEST(GeoPackage, DISABLED_WriteTestFiles) {
    const std::string header = Blob().gpHeader(4326).bytes();
    writeTestFile("tests/malformed/gpkg_line_string.gpkg",
                  compacted(withGeometry(header + Blob().wkb(kLineString).u32(2).f64(5).f64(52).f64(6).f64(53).bytes())));
    writeTestFile("tests/malformed/gpkg_lying_ring_count.gpkg",
                  compacted(withGeometry(header + Blob().wkb(kPolygon).u32(0xFFFFFFFF).bytes())));
    writeTestFile("tests/malformed/gpkg_injected_table_name.gpkg",
                  compacted(editedGeoPackage(oneSquare(),
                                             "UPDATE gpkg_contents SET table_name = 'areas\"; DROP TABLE areas; --';"
                                             "UPDATE gpkg_geometry_columns SET table_name = 'areas\"; DROP TABLE areas; --'")));
    writeTestFile("tests/malformed/gpkg_web_mercator.gpkg",
                  compacted(editedGeoPackage(oneSquare(),
                                             "UPDATE gpkg_spatial_ref_sys SET organization = 'EPSG', "
                                             "organization_coordsys_id = 3857, srs_name = 'WGS 84 / Pseudo-Mercator' "
                                             "WHERE srs_id = 4326")));

    writeTestFile("tests/fuzz/corpus/geopackage/sample.gpkg", compacted(asString(writeGeoPackage(sampleSet(), "areas"))));
    writeTestFile("tests/fuzz/corpus/geopackage/rd_new.gpkg",
                  compacted(rdGeoPackage(Blob().gpHeader(28992, 1).squarePolygon(kPolygon, 155000, 463000, 1000).bytes())));
    writeTestFile("tests/fuzz/corpus/geopackage/big_endian_zm.gpkg",
                  compacted(withGeometry(Blob(true).gpHeader(4326, 4).squarePolygon(3003, 5.3, 52.1, 0.1, 2).bytes())));

    writeTestFile("tests/fuzz/corpus/gpkg_geometry/polygon.bin",
                  Blob().gpHeader(4326, 1).squarePolygon(kPolygon, 5.3, 52.1, 0.1).bytes());
    writeTestFile("tests/fuzz/corpus/gpkg_geometry/rd_polygon_z.bin",
                  Blob().gpHeader(28992, 2).squarePolygon(1003, 155000, 463000, 1000, 1).bytes());
    writeTestFile("tests/fuzz/corpus/gpkg_geometry/big_endian_multipoint_m.bin",
                  Blob(true).gpHeader(4326, 3).wkb(kMultiPoint).u32(2).wkb(2001).f64(5).f64(52).f64(1)
                      .wkb(0x40000001u).f64(6).f64(53).f64(2).bytes());
    writeTestFile("tests/fuzz/corpus/gpkg_geometry/collection.bin",
                  Blob().gpHeader(4326).wkb(kCollection).u32(2).wkb(kMultiPolygon).u32(1)
                      .squarePolygon(kPolygon, 5.3, 52.1, 0.1).wkb(kPoint).f64(5).f64(52).bytes());
    writeTestFile("tests/fuzz/corpus/gpkg_geometry/ewkb_srid.bin",
                  Blob().gpHeader(4326).wkb(0xA0000001u).u32(4326).f64(5).f64(52).f64(3).bytes());
}
