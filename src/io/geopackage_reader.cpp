#include "io/geopackage_reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

#include "core/database.h"
#include "core/untrusted_database.h"
#include "io/file_coordinates.h"
#include "io/geo_json_parsing.h"
#include "io/gpkg_geometry.h"
#include "io/import_error.h"
#include "io/sql_identifier.h"

#include <memory>

namespace wb::io {
namespace {

using geojson_detail::fail;
using geojson_detail::GeometryPath;
using geojson_detail::inQuotes;

// application_id values of GeoPackage 1.2+ ('GPKG'), 1.0 ('GP10') and 1.1 ('GP11').
constexpr uint32_t kGeoPackageApplicationIds[] = {0x47504B47, 0x47503130, 0x47503131};
constexpr size_t kApplicationIdOffset = 68;  // in the 100-byte SQLite file header, big-endian

bool hasGeoPackageTables(const Database& db) {
    return db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                        "('gpkg_contents', 'gpkg_geometry_columns')") == 2;
}

bool isGeoPackageApplicationId(uint32_t id) {
    return std::find(std::begin(kGeoPackageApplicationIds), std::end(kGeoPackageApplicationIds), id) !=
           std::end(kGeoPackageApplicationIds);
}

struct Layer {
    std::string table, geometryColumn, geometryType;
    int64_t srsId = 0;
    std::string where;  // layer "name", for messages
};

Layer chooseLayer(const Database& db) {
    Statement st = db.prepare(
        "SELECT c.table_name, g.column_name, upper(g.geometry_type_name), g.srs_id FROM gpkg_contents c "
        "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' "
        "ORDER BY c.rowid");
    std::vector<Layer> layers;
    while (st.step()) {
        Layer layer{st.getText(0), st.getText(1), st.getText(2), st.getInt(3), {}};
        layer.where = "layer " + inQuotes(layer.table);
        layers.push_back(std::move(layer));
    }
    if (layers.empty()) fail("", "the GeoPackage has no feature layer (gpkg_contents lists no 'features' table)");
    const auto polygonLayer = std::find_if(layers.begin(), layers.end(), [](const Layer& l) {
        return l.geometryType == "POLYGON" || l.geometryType == "MULTIPOLYGON";
    });
    return polygonLayer != layers.end() ? *polygonLayer : layers.front();
}

// The name came from gpkg_contents: before it goes into SQL, make sure it is an ordinary table.
// Views and virtual tables are refused: a crafted view can make reading take forever, and a
// virtual table runs module code over bytes from the file.
void checkIsOrdinaryTable(const Database& db, const Layer& layer) {
    if (isReservedTableName(layer.table)) fail(layer.where, "is a system table, not a feature table");
    Statement st = db.prepare("SELECT type, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_schema WHERE name = ?");
    st.bind(1, layer.table);
    if (!st.step()) fail(layer.where, "the table listed in gpkg_contents does not exist");
    const std::string type = st.getText(0);
    if (type != "table") fail(layer.where, "is a " + type + ", not a table");
    if (st.getInt(1) == 1) fail(layer.where, "virtual tables are not supported");
}

struct Column {
    std::string name;
    std::string declaredType;  // upper-case
};

struct TableShape {
    std::vector<Column> attributes;  // every column but the geometry and the integer primary key
    std::string rowIdExpression;     // the integer primary key, or rowid under a free alias
};

TableShape readTableShape(const Database& db, const Layer& layer) {
    Statement st = db.prepare("SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid");
    st.bind(1, layer.table);
    std::vector<Column> columns;
    std::vector<std::string> primaryKey;
    bool hasGeometry = false;
    while (st.step()) {
        Column column{st.getText(0), st.getText(1)};
        if (st.getInt(2) > 0) primaryKey.push_back(column.name);
        if (column.name == layer.geometryColumn) {
            hasGeometry = true;
        } else {
            columns.push_back(std::move(column));
        }
    }
    if (!hasGeometry) fail(layer.where, "the geometry column " + inQuotes(layer.geometryColumn) + " does not exist");

    TableShape shape;
    // A lone INTEGER PRIMARY KEY is the rowid (GeoPackage requires one); read it as the id and
    // not again as a property.
    const auto integerKey = std::find_if(columns.begin(), columns.end(), [&](const Column& c) {
        return primaryKey.size() == 1 && c.name == primaryKey.front() && c.declaredType == "INTEGER";
    });
    if (integerKey != columns.end()) {
        shape.rowIdExpression = quotedSqlIdentifier(integerKey->name);
        columns.erase(integerKey);
    } else {
        for (const char* alias : {"rowid", "_rowid_", "oid"}) {  // a column of that name hides it
            const bool taken = std::any_of(columns.begin(), columns.end(),
                                           [&](const Column& c) { return sqlNameKey(c.name) == sqlNameKey(alias); });
            if (!taken && shape.rowIdExpression.empty()) shape.rowIdExpression = alias;
        }
        if (shape.rowIdExpression.empty()) fail(layer.where, "the table has no integer primary key");
    }
    std::copy_if(columns.begin(), columns.end(), std::back_inserter(shape.attributes),
                 [](const Column& c) { return c.declaredType != "BLOB"; });
    return shape;
}

CoordinateSystem layerCoordinateSystem(const Database& db, const Layer& layer) {
    Statement st = db.prepare(
        "SELECT upper(organization), organization_coordsys_id, srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = ?");
    st.bind(1, layer.srsId);
    if (!st.step())
        fail(layer.where, "its SRS id " + std::to_string(layer.srsId) + " is not in gpkg_spatial_ref_sys");
    const std::string organization = st.getText(0);
    const int64_t code = st.getInt(1);
    if ((organization == "EPSG" && code == 4326) || (organization == "OGC" && code == 84)) return CoordinateSystem::Wgs84;
    if (organization == "EPSG" && code == 28992) return CoordinateSystem::RdNew;
    fail(layer.where, "the coordinate system " + inQuotes(st.getText(0) + ":" + std::to_string(code)) + " (" +
                          inQuotes(st.getText(2)) +
                          ") is not supported: use WGS84 (EPSG:4326) or RD New (EPSG:28992)");
}

Property readProperty(const Statement& row, int col, const Column& column) {
    Property p;
    p.name = column.name;
    switch (row.columnType(col)) {
        case SQLITE_INTEGER:
            p.value = std::to_string(row.getInt(col));
            p.type = PropertyType::Number;
            if (column.declaredType == "BOOLEAN" && (p.value == "0" || p.value == "1")) {
                p.value = p.value == "1" ? "true" : "false";
                p.type = PropertyType::Boolean;
            }
            break;
        case SQLITE_FLOAT: {
            const double value = row.getDouble(col);
            p.type = std::isfinite(value) ? PropertyType::Number : PropertyType::String;
            p.value = std::isfinite(value) ? geojson_detail::numberText(value) : value > 0 ? "Infinity" : "-Infinity";
            break;
        }
        case SQLITE_TEXT:
            p.value = row.getText(col);
            break;
        default:  // NULL, or a blob in a column declared otherwise: nothing a property can show
            p.type = PropertyType::Null;
            break;
    }
    return p;
}

// Reads the chosen layer's rows, a few hundred at a time, so a large file is read across frames.
class FeatureTableReader {
public:
    FeatureTableReader(const Database& db, Layer layer, const GeoReadLimits& limits)
        : db_(db), layer_(std::move(layer)), budget_(limits.maxPositions) {
        checkIsOrdinaryTable(db_, layer_);
        shape_ = readTableShape(db_, layer_);
        coordinates_ = FileCoordinates(layerCoordinateSystem(db_, layer_));
        std::string sql = "SELECT " + shape_.rowIdExpression + ", " + quotedSqlIdentifier(layer_.geometryColumn);
        for (const Column& c : shape_.attributes) sql += ", " + quotedSqlIdentifier(c.name);
        sql += " FROM " + quotedSqlIdentifier(layer_.table) + " ORDER BY 1";
        rows_ = db_.prepare(sql);
        rowCount_ = db_.scalarInt("SELECT count(*) FROM " + quotedSqlIdentifier(layer_.table));
    }

    const Layer& layer() const { return layer_; }
    bool convertedFromRdNew() const { return coordinates_.convertedFromRdNew(); }
    double progress() const {
        return rowCount_ > 0 ? std::min(1.0, static_cast<double>(features_.size()) / static_cast<double>(rowCount_)) : 0.0;
    }

    // Reads rows until `deadline` has passed (checked every few rows) or the table is read (true).
    bool read(ImportClock::time_point deadline) {
        std::string where;
        const PositionConverter toLonLat = [this, &where](double x, double y, const GeometryPath& path) {
            return coordinates_.toLonLat(x, y, where, path);
        };
        for (int n = 1;; ++n) {
            if (!rows_.step()) return true;
            Feature feature;
            feature.id = rows_.getText(0);
            for (size_t i = 0; i < shape_.attributes.size(); ++i)
                feature.properties.push_back(readProperty(rows_, static_cast<int>(i) + 2, shape_.attributes[i]));
            where = "feature " + std::to_string(features_.size() + 1) + " (row id " + feature.id + ")";
            readGeometry(feature, where, toLonLat);
            features_.push_back(std::move(feature));
            if (n % 64 == 0 && ImportClock::now() >= deadline) return false;
        }
    }

    std::vector<Feature> take() { return std::move(features_); }

private:
    void readGeometry(Feature& feature, const std::string& where, const PositionConverter& toLonLat) {
        const int type = rows_.columnType(1);
        if (type == SQLITE_NULL) return;
        if (type != SQLITE_BLOB) fail(where, "the geometry column holds a value that is not a GeoPackage geometry blob");
        const auto* data = static_cast<const char*>(sqlite3_column_blob(rows_.handle(), 1));
        const std::string_view blob(data, static_cast<size_t>(sqlite3_column_bytes(rows_.handle(), 1)));
        decodeGpkgGeometry(blob, layer_.srsId, toLonLat, feature, where, budget_);
    }

    const Database& db_;
    Layer layer_;
    TableShape shape_;
    geojson_detail::PositionBudget budget_;
    FileCoordinates coordinates_;
    Statement rows_;
    int64_t rowCount_ = 0;
    std::vector<Feature> features_;
};

// The file opened and checked in the first part (SQLite's quick_check reads it all), then the
// layer's rows part by part.
class GeoPackageReader : public FeatureReader {
public:
    GeoPackageReader(std::string_view bytes, const GeoReadLimits& limits) : bytes_(bytes), limits_(limits) {}

    bool read(ImportClock::time_point deadline) override {
        try {
            if (!table_) {
                open();
                return false;  // the next part reads rows: opening may have used this one up
            }
            if (!table_->read(deadline)) return false;
            done_ = true;
            return true;
        } catch (const DatabaseError& e) {
            // A table that does not have the columns the specification requires, or a query
            // SQLite's defensive mode refuses: say so rather than pretend the file is empty.
            fail(where_, std::string("the GeoPackage cannot be read: ") + e.what());
        }
    }

    double progress() const override { return done_ ? 1.0 : table_ ? 0.1 + 0.9 * table_->progress() : 0.0; }

    FeatureSet take() override {
        FeatureSet set;
        set.sourceFormat = "GeoPackage";
        set.layerName = table_->layer().table;
        set.convertedFromRdNew = table_->convertedFromRdNew();
        set.features = table_->take();
        return set;
    }

private:
    void open() {
        try {
            db_ = openCheckedSqliteImage(reinterpret_cast<const uint8_t*>(bytes_.data()), bytes_.size());
        } catch (const DatabaseError& e) {
            fail("", e.what());
        }
        const auto applicationId = static_cast<uint32_t>(db_.scalarInt("PRAGMA application_id"));
        if (!isGeoPackageApplicationId(applicationId) && !hasGeoPackageTables(db_))
            fail("", "not a GeoPackage: the SQLite file has no gpkg_contents and gpkg_geometry_columns tables");
        Layer layer = chooseLayer(db_);
        where_ = layer.where;
        table_ = std::make_unique<FeatureTableReader>(db_, std::move(layer), limits_);
    }

    std::string_view bytes_;
    GeoReadLimits limits_;
    Database db_;
    std::string where_;
    std::unique_ptr<FeatureTableReader> table_;
    bool done_ = false;
};

}  // namespace

std::unique_ptr<FeatureReader> readGeoPackageInParts(std::string_view bytes, const GeoReadLimits& limits) {
    return std::make_unique<GeoPackageReader>(bytes, limits);
}

FeatureSet readGeoPackage(std::string_view bytes, const GeoReadLimits& limits) {
    GeoPackageReader reader(bytes, limits);
    return readToEnd(reader);
}

bool isGeoPackage(std::string_view bytes) {
    if (bytes.size() < 100 || bytes.substr(0, 16) != std::string_view("SQLite format 3\0", 16)) return false;
    uint32_t applicationId = 0;
    for (size_t i = 0; i < 4; ++i)
        applicationId = applicationId << 8 | static_cast<uint8_t>(bytes[kApplicationIdOffset + i]);
    if (isGeoPackageApplicationId(applicationId)) return true;
    try {
        Database db = Database::fromBytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        makeDefensive(db);
        return hasGeoPackageTables(db);
    } catch (const DatabaseError&) {
        return false;  // damaged: whoever opens it reports that
    }
}

}  // namespace wb::io
