// Reads GeoJSON (RFC 7946) boundaries and points into the common feature model (geo_features.h).
//
// Accepts a FeatureCollection, a single Feature or a bare geometry; Polygon, MultiPolygon, Point,
// MultiPoint and GeometryCollections of those (flattened into the feature). Lines are refused:
// the dashboard has nothing to show them as. Coordinates are WGS84 longitude/latitude or RD New
// (EPSG:28992, converted to WGS84): as a "crs" member declares (ogr2ogr writes one for RD New;
// other systems are refused, naming the system), or, without one, when every position is
// unmistakably RD New (file_coordinates.h). Every problem throws ImportError
// whose where() names the place: "byte 1234" for JSON syntax, "feature 12 (GM0014)" for content
// (features counted from 1, with the CBS code when the feature has one).
#pragma once

#include <string_view>

#include "io/geo_features.h"

namespace wb::io {

FeatureSet readGeoJson(std::string_view text, const GeoReadLimits& limits = {});

}  // namespace wb::io
