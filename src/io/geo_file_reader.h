// Reads a boundary or point file whose JSON flavour is not known in advance (a dropped file, an
// import by name): TopoJSON when its top-level "type" is "Topology", GeoJSON otherwise. An ordinary
// FeatureCollection is read on the fast path (geojson_stream.h), anything else parsed once into a
// document. Errors as in geojson_reader.h and topojson_reader.h.
#pragma once

#include <memory>
#include <string_view>

#include "io/feature_reader.h"
#include "io/geo_features.h"

namespace wb::io {

// For TopoJSON the first object of the topology is read.
FeatureSet readGeoFile(std::string_view text, const GeoReadLimits& limits = {});

// The same for an import: the fast path a part at a time; a file it does not take (TopoJSON,
// unusual GeoJSON) is then parsed in one go. `text` must outlive the reader.
std::unique_ptr<FeatureReader> readGeoFileInParts(std::string_view text, const GeoReadLimits& limits = {});

}  // namespace wb::io
