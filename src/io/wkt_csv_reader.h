// Boundaries in a CSV file with a column of Well-Known Text geometries, as ogr2ogr writes them
// (`ogr2ogr -f CSV -lco GEOMETRY=AS_WKT`): a first column "WKT" holding POLYGON or MULTIPOLYGON
// text, then the attributes, such as CBS's statcode and statnaam. The rows become the same
// features a GeoJSON file gives, so the boundary import is shared.
#pragma once

#include <memory>
#include <string_view>

#include "io/feature_reader.h"
#include "io/geo_features.h"

namespace wb::io {

// True when the header names a column "WKT" (in any case): boundaries, not an indicator table.
bool isWktCsv(std::string_view bytes);

// One feature per row: the WKT column's polygons (an empty cell: no geometry) and every other
// column as a text property. ogr2ogr's CSV declares no coordinate system, so its first position
// decides between WGS84 and RD New (file_coordinates.h). Text must be UTF-8, as ogr2ogr writes
// it. Problems throw ImportError naming the
// line, and for the geometry the column and character: "line 3, column 'WKT': character 12: ...".
FeatureSet readWktCsv(std::string_view bytes, const GeoReadLimits& limits = {});
// The same, a part per call (io/feature_reader.h): the import reads a large file across frames.
// `bytes` must outlive the reader.
std::unique_ptr<FeatureReader> readWktCsvInParts(std::string_view bytes, const GeoReadLimits& limits = {});

}  // namespace wb::io
