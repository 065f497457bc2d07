// Writes the common feature model back out as GeoJSON (RFC 7946): exports, and the round-trip
// tests of the readers. readGeoJson(writeGeoJson(set)) gives the same features back: coordinates
// are written as the shortest text that reads back as the same double, and properties with the
// type they were read with (numbers, booleans, null and nested JSON unquoted).
#pragma once

#include <string>

#include "io/geo_features.h"

namespace wb::io {

// A FeatureCollection, one feature per line. A feature's geometry is the simplest that holds it:
// null, Point, MultiPoint, Polygon or MultiPolygon, or a GeometryCollection of a MultiPolygon and
// a MultiPoint when it has both.
std::string writeGeoJson(const FeatureSet& set);

// The geometry of one feature alone, as written in a feature above (what area.geometry stores).
std::string writeGeometryJson(const Feature& feature);

}  // namespace wb::io
