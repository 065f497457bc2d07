// Writes the common feature model as a GeoPackage 1.3 file: boundary exports, the converter tool,
// and the tests and fuzz seeds of the reader. readGeoPackage(writeGeoPackage(set, name)) gives the
// same features back when the feature ids are increasing integers (as the reader produces them).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/geo_features.h"

namespace wb::io {

// One feature table called `layerName` in EPSG:4326, with fid INTEGER PRIMARY KEY, a geom column
// (MULTIPOLYGON when every feature with a geometry has only polygons, MULTIPOINT for only points,
// else GEOMETRY) and one column per property name in order of first appearance. The fid is the
// feature id when the ids are integers in increasing order, else the feature's 1-based number. A column is
// INTEGER, REAL or BOOLEAN when all its values are of that kind and read back unchanged from it,
// else TEXT. Throws DatabaseError if SQLite fails (out of memory).
std::vector<uint8_t> writeGeoPackage(const FeatureSet& set, const std::string& layerName);

}  // namespace wb::io
