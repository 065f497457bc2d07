// Reads TopoJSON (the topojson-specification 1.0, as written by mapshaper and topojson-server,
// e.g. the CBS boundaries of cartomap/nl) into the common feature model (geo_features.h).
//
// Decodes quantised arcs (delta-encoded, then "transform" scale/translate) and unquantised ones,
// stitches rings from arc references (~i, i.e. -i-1, is arc i reversed) and checks that arcs join
// and rings close. One object of the topology is read: `objectName`, or when that is empty the
// first object in the file. A GeometryCollection object gives one feature per member; any other
// object gives one feature. Geometry types as for GeoJSON: (Multi)Polygon, (Multi)Point,
// GeometryCollections of those, and null. Coordinates (after the transform) are WGS84, or RD New
// when every one of them is unmistakably RD New (file_coordinates.h; TopoJSON declares no system),
// converted to WGS84. Every problem throws ImportError with where() naming
// "byte 1234" (JSON syntax), "arc 57" (arcs counted from 0, as references count them) or
// "feature 12 (GM0014)" (features counted from 1).
#pragma once

#include <string>
#include <string_view>

#include "io/geo_features.h"

namespace wb::io {

FeatureSet readTopoJson(std::string_view text, const std::string& objectName = "", const GeoReadLimits& limits = {});

}  // namespace wb::io
