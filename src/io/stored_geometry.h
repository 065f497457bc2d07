// Boundaries as the database keeps them: area.geometry holds one GeoJSON geometry (Polygon or
// MultiPolygon) as text. Reading it back is the GeoJSON importer's work (the same checks apply), so
// it lives here in io, and the core's analyses take the polygons already read.
#pragma once

#include <string_view>
#include <vector>

#include "core/area_level.h"
#include "core/coverage_analysis.h"
#include "core/database.h"
#include "geo/polygon.h"

namespace wb::io {

// The polygons of one stored geometry. Empty text gives no polygons; malformed text throws
// io::ImportError.
std::vector<geo::Polygon> polygonsOfGeometryJson(std::string_view geometryJson);

// The boundaries of every area of `level` and `year` that has one. A broken boundary is left out,
// as if there were none: the analyses fall back to a disc or the centroid for it.
AreaBoundaries storedBoundaries(const Database& db, AreaLevel level, int year);

}  // namespace wb::io
