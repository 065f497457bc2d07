#include "io/geopackage_writer.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <map>
#include <set>

#include "core/database.h"
#include "io/geo_json_parsing.h"
#include "io/gpkg_geometry.h"
#include "io/number_parser.h"
#include "io/sql_identifier.h"

namespace wb::io {
namespace {

constexpr int32_t kWgs84SrsId = 4326;
constexpr int64_t kGeoPackageApplicationId = 0x47504B47;  // 'GPKG'
constexpr int64_t kGeoPackageVersion = 10300;              // 1.3.0, in PRAGMA user_version

// The tables every GeoPackage has (GeoPackage 1.3, clauses 1.1.2 and 2.1.5), with the three
// coordinate systems the specification requires.
constexpr const char* kMetadataTables = R"sql(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326,
   'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
)sql";

// SQLite compares column and table names without regard to ASCII case; `taken` holds sqlNameKey()s. Adds _2, _3, ... until the name is free.
std::string claimName(const std::string& wanted, std::set<std::string>& taken) {
    std::string name = wanted;
    for (int n = 2; !taken.insert(sqlNameKey(name)).second; ++n) name = wanted + "_" + std::to_string(n);
    return name;
}

// The integer `text` spells exactly as std::to_string would write it, or nothing.
std::optional<int64_t> canonicalInteger(const std::string& text) {
    const std::optional<int64_t> value = parseInteger(text);
    if (value && std::to_string(*value) == text) return value;
    return std::nullopt;
}

// A number the reader would give back as the same text from a REAL column.
std::optional<double> exactReal(const std::string& text) {
    const std::optional<double> value = parseDecimal(text);
    if (value && std::isfinite(*value) && geojson_detail::numberText(*value) == text) return value;
    return std::nullopt;
}

enum class ColumnType { Integer, Real, Boolean, Text };

const char* sqlTypeName(ColumnType type) {
    switch (type) {
        case ColumnType::Integer: return "INTEGER";
        case ColumnType::Real: return "REAL";
        case ColumnType::Boolean: return "BOOLEAN";
        case ColumnType::Text: break;
    }
    return "TEXT";
}

// The narrowest type every non-null value of the column fits without changing its text.
ColumnType columnTypeOf(const std::vector<const Property*>& values) {
    const auto all = [&](auto predicate) {
        return std::all_of(values.begin(), values.end(),
                           [&](const Property* p) { return p->type == PropertyType::Null || predicate(*p); });
    };
    const bool any = std::any_of(values.begin(), values.end(), [](const Property* p) { return p->type != PropertyType::Null; });
    if (!any) return ColumnType::Text;
    const auto isNumber = [](const Property& p) { return p.type == PropertyType::Number; };
    if (all([&](const Property& p) { return isNumber(p) && canonicalInteger(p.value); })) return ColumnType::Integer;
    if (all([&](const Property& p) { return isNumber(p) && exactReal(p.value); })) return ColumnType::Real;
    if (all([](const Property& p) { return p.type == PropertyType::Boolean && (p.value == "true" || p.value == "false"); }))
        return ColumnType::Boolean;
    return ColumnType::Text;
}

struct OutputColumn {
    std::string propertyName;  // as in the features
    std::string columnName;    // as in the table (made unique)
    ColumnType type = ColumnType::Text;
};

std::vector<OutputColumn> outputColumns(const FeatureSet& set, std::set<std::string>& taken) {
    std::vector<std::string> names;  // property names in order of first appearance
    std::map<std::string, std::vector<const Property*>> values;
    for (const Feature& feature : set.features) {
        for (const Property& p : feature.properties) {
            auto& list = values[p.name];
            if (list.empty()) names.push_back(p.name);
            list.push_back(&p);
        }
    }
    std::vector<OutputColumn> columns;
    for (const std::string& name : names) columns.push_back({name, claimName(name, taken), columnTypeOf(values[name])});
    return columns;
}

// "MULTIPOLYGON", "MULTIPOINT" or "GEOMETRY": the encoder writes MultiPolygon and MultiPoint blobs,
// and a GeometryCollection for a feature with both.
std::string geometryTypeName(const FeatureSet& set) {
    bool polygons = false, points = false;
    for (const Feature& f : set.features) {
        polygons = polygons || !f.polygons.empty();
        points = points || !f.points.empty();
        if (!f.polygons.empty() && !f.points.empty()) return "GEOMETRY";
    }
    if (polygons && !points) return "MULTIPOLYGON";
    if (points && !polygons) return "MULTIPOINT";
    return "GEOMETRY";
}

// Kept as fids only when that keeps the order too: a feature table is read in fid order.
bool idsAreIncreasingIntegers(const FeatureSet& set) {
    std::optional<int64_t> previous;
    for (const Feature& f : set.features) {
        const std::optional<int64_t> id = canonicalInteger(f.id);
        if (!id || (previous && *id <= *previous)) return false;
        previous = id;
    }
    return true;
}

// Table names the GeoPackage and SQLite reserve are not available to a layer.
std::string tableNameFor(const std::string& layerName) {
    if (layerName.empty()) return "features";
    return isReservedTableName(layerName) ? "layer_" + layerName : layerName;
}

void bindProperty(Statement& insert, int index, const Property* p, ColumnType type) {
    if (!p || p->type == PropertyType::Null) return void(insert.bind(index, nullptr));
    switch (type) {
        case ColumnType::Integer: return void(insert.bind(index, *canonicalInteger(p->value)));
        case ColumnType::Real: return void(insert.bind(index, *exactReal(p->value)));
        case ColumnType::Boolean: return void(insert.bind(index, p->value == "true" ? 1 : 0));
        case ColumnType::Text: break;
    }
    insert.bind(index, std::string_view(p->value));
}

}  // namespace

std::vector<uint8_t> writeGeoPackage(const FeatureSet& set, const std::string& layerName) {
    Database db = Database::openMemory();
    db.exec("PRAGMA application_id = " + std::to_string(kGeoPackageApplicationId) +
            "; PRAGMA user_version = " + std::to_string(kGeoPackageVersion));
    db.exec(kMetadataTables);

    const std::string table = tableNameFor(layerName);
    std::set<std::string> taken;
    // Property names first, so that a property called "fid" or "FID" keeps its name.
    const std::vector<OutputColumn> columns = outputColumns(set, taken);
    const std::string fid = claimName("fid", taken), geom = claimName("geom", taken);
    const std::string geometryType = geometryTypeName(set);

    std::string create = "CREATE TABLE " + quotedSqlIdentifier(table) + " (" + quotedSqlIdentifier(fid) +
                         " INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, " + quotedSqlIdentifier(geom) + " " + geometryType;
    std::string insertSql = "INSERT INTO " + quotedSqlIdentifier(table) + " VALUES (?, ?";
    for (const OutputColumn& c : columns) {
        create += ", " + quotedSqlIdentifier(c.columnName) + " " + sqlTypeName(c.type);
        insertSql += ", ?";
    }
    Transaction tx(db);
    db.exec(create + ")");
    db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)")
        .bind(1, table).bind(2, table).bind(3, kWgs84SrsId).run();
    db.prepare("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)")
        .bind(1, table).bind(2, geom).bind(3, geometryType).bind(4, kWgs84SrsId).run();

    Statement insert = db.prepare(insertSql + ")");
    const bool keepIds = idsAreIncreasingIntegers(set);
    for (size_t i = 0; i < set.features.size(); ++i) {
        const Feature& feature = set.features[i];
        insert.reset();
        insert.bind(1, keepIds ? *canonicalInteger(feature.id) : static_cast<int64_t>(i + 1));
        if (feature.polygons.empty() && feature.points.empty()) {
            insert.bind(2, nullptr);
        } else {
            const std::vector<uint8_t> blob = encodeGpkgGeometry(feature, kWgs84SrsId);
            insert.bindBlob(2, blob.data(), blob.size());
        }
        for (size_t c = 0; c < columns.size(); ++c) {
            const auto found = std::find_if(feature.properties.begin(), feature.properties.end(),
                                            [&](const Property& p) { return p.name == columns[c].propertyName; });
            bindProperty(insert, static_cast<int>(c) + 3, found == feature.properties.end() ? nullptr : &*found,
                         columns[c].type);
        }
        insert.run();
    }
    tx.commit();
    return db.serialize();
}

}  // namespace wb::io
