// The geometry blobs of a GeoPackage feature table (GeoPackage 1.3, clause 2.1.3 "GeoPackageBinary"):
// a "GP" header with the SRS id and an optional envelope, followed by standard WKB. Decoding is
// where the bytes of a hostile file meet our own code, so every length and count is checked
// against the bytes that are left before anything is allocated from it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "io/geo_features.h"
#include "io/geo_json_parsing.h"

namespace wb::io {

// Turns a position in the layer's coordinate system into a checked WGS84 longitude/latitude, or
// fails with an ImportError that names `path` (the reader knows the SRS; the decoder does not).
using PositionConverter = std::function<LonLat(double x, double y, const geojson_detail::GeometryPath& path)>;

// Appends the polygons and points of one blob to `feature`. Point, MultiPoint, Polygon,
// MultiPolygon and a GeometryCollection of those are read, in either byte order, also with Z
// and/or M (ISO 1000/2000/3000 type codes or EWKB flag bits); Z and M are dropped. Empty
// geometries (the header's empty flag, NaN points, no rings) add nothing. Everything else fails
// with ImportError(where, ...): other geometry types, a wrong magic or version, an SRS id other
// than `layerSrsId`, truncation, counts larger than the bytes left, rings that are short or open.
void decodeGpkgGeometry(std::string_view blob, int64_t layerSrsId, const PositionConverter& toLonLat,
                        Feature& feature, const std::string& where, geojson_detail::PositionBudget& budget);

// The blob for a feature's polygons and points (WGS84), little-endian with an XY envelope:
// a MultiPolygon, a MultiPoint, or a GeometryCollection of both when it has both. A feature with
// neither has no blob (write NULL).
std::vector<uint8_t> encodeGpkgGeometry(const Feature& feature, int32_t srsId);

}  // namespace wb::io
