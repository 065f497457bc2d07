// Reads the polygons of one geometry written as Well-Known Text (OGC Simple Features / ISO 19125),
// as ogr2ogr writes a CSV's WKT column: POLYGON and MULTIPOLYGON, also EMPTY, and with Z, M or ZM
// (the extra numbers are dropped; without a dimension word a third number is accepted, as older
// writers leave the Z out). Keywords in any case, spaces anywhere between tokens; strict otherwise:
// another geometry type, a missing parenthesis, a stray character or a missing number fails with
// ImportError at `where`, naming the character (counted from 1) and what was expected there, and
// rings are checked as in every other reader (at least 4 positions, closed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/file_coordinates.h"
#include "io/geo_features.h"
#include "io/geo_json_parsing.h"

namespace wb::io {

// Appends the polygons of `text` to `polygons`. Positions go through `coordinates`, which a
// reader keeps for the whole file (its first position decides between WGS84 and RD New), and
// are counted against `budget`.
void readWktPolygons(std::string_view text, FileCoordinates& coordinates, std::vector<Polygon>& polygons,
                     const std::string& where, geojson_detail::PositionBudget& budget);

}  // namespace wb::io
