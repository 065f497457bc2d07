// Reads boundaries and points from a GeoPackage (OGC GeoPackage 1.0-1.3, what PDOK and CBS
// publish, and what QGIS and GDAL write) into the common feature model of geo_features.h.
// The file is untrusted: it is opened like any user-supplied SQLite file (defensive mode,
// trusted_schema=OFF, quick_check; see core/untrusted_database.h), table names from gpkg_contents
// are only used after they are found in the schema, and geometry blobs are decoded with every
// length checked (gpkg_geometry.h).
#pragma once

#include <memory>
#include <string_view>

#include "io/feature_reader.h"
#include "io/geo_features.h"

namespace wb::io {

// One feature layer: the first in gpkg_contents whose geometry type is POLYGON or MULTIPOLYGON,
// else the first feature layer; its table name becomes layerName. Positions in EPSG:4326 (or
// OGC CRS84) are read as they are, RD New (EPSG:28992) is converted to WGS84 (rd_to_wgs84.h);
// other coordinate systems are refused by name. Feature ids are the table's integer primary key
// (its rowid) as text; every other column becomes a property: TEXT as a string, INTEGER and REAL
// as a number (shortest text that reads back the same), BOOLEAN columns as a boolean, NULL as null;
// BLOB columns are skipped. Problems throw ImportError saying where: "layer \"x\"",
// "feature 12 (row id 40)", with the geometry path as in the JSON readers.
FeatureSet readGeoPackage(std::string_view bytes, const GeoReadLimits& limits = {});
// The same, a part per call (io/feature_reader.h): the import reads a large file across frames.
// `bytes` must outlive the reader.
std::unique_ptr<FeatureReader> readGeoPackageInParts(std::string_view bytes, const GeoReadLimits& limits = {});

// True when `bytes` is an SQLite file that is a GeoPackage: its application_id says so ('GPKG',
// 'GP10', 'GP11') or, for files written without one, it has the gpkg_contents and
// gpkg_geometry_columns tables. False for anything else, a dashboard .sqlite file included.
bool isGeoPackage(std::string_view bytes);

}  // namespace wb::io
