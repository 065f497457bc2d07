// The fast path for the common GeoJSON text: a FeatureCollection of ordinary features read
// straight from the JSON reader's events (json_events.h) into a FeatureSet, without building a
// JSON document first. Building the document costs an allocation per position and per number
// (a 15,000-polygon file: half a million small arrays) and was most of the time it took to read
// one in the page.
//
// It accepts only what it can decode exactly as the document decoder (geojson_reader.cpp) would:
// a top-level FeatureCollection, or a bare Point, MultiPoint, Polygon or MultiPolygon (how the
// database stores each area's boundary: read again whenever the map is built); a "crs" member
// of the usual form {"type": "name", "properties": {"name": ...}} naming WGS84 or RD New ahead of
// the first position (as ogr2ogr writes it); features whose members are not repeated; properties
// whose values are strings, numbers, booleans or null; geometries that are null, Point,
// MultiPoint, Polygon or MultiPolygon with their "type" ahead of their "coordinates", positions
// that fit the file's coordinate system (file_coordinates.h: RD New is converted to WGS84 the same
// way) and closed rings of at least four positions. Anything else (another type, a nested property, an error in
// the data, a limit reached) makes it give up and return nothing: the caller then reads the file
// the thorough way, which finds the same features or reports the problem with its place. A JSON
// syntax error is thrown as ImportError straight away, as the thorough way would throw it.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include "io/geo_features.h"

namespace wb::io {

std::optional<FeatureSet> readGeoJsonFeatureStream(std::string_view text, const GeoReadLimits& limits);

// The same a part at a time, so a large file can be read across frames. `text` must outlive it.
class GeoJsonFeatureStreamReader {
public:
    GeoJsonFeatureStreamReader(std::string_view text, const GeoReadLimits& limits);
    ~GeoJsonFeatureStreamReader();
    // Reads about `bytes` more; true when done (also when the file turned out not to be a case
    // for the fast path). Throws ImportError on a JSON syntax error.
    bool read(size_t bytes);
    size_t position() const;  // bytes read so far
    // When done: the features, or nothing when the thorough way must read the file.
    std::optional<FeatureSet> take() { return std::move(result_); }

private:
    struct State;
    std::unique_ptr<State> state_;
    bool done_ = false;
    std::optional<FeatureSet> result_;
};

}  // namespace wb::io
