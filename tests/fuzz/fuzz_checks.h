// What every accepted feature set must satisfy, checked by the geometry fuzz targets: the promises
// of io/geo_features.h, and a lossless round trip through GeoJSON. A broken promise traps, which
// libFuzzer reports as a crash with the input that caused it.
#pragma once

#include <cmath>

#include "io/geo_features.h"
#include "io/geojson_reader.h"
#include "io/geojson_writer.h"
#include "io/import_error.h"

namespace wb::fuzz {

// Lower than the product's limit so that a small input cannot make a single run take seconds.
inline const io::GeoReadLimits kLimits = [] {
    io::GeoReadLimits limits;
    limits.maxPositions = 1'000'000;
    return limits;
}();

inline void check(bool condition) {
    if (!condition) __builtin_trap();
}

inline void checkPosition(io::LonLat p) {
    check(std::isfinite(p.lon) && std::isfinite(p.lat) && std::fabs(p.lon) <= 180 && std::fabs(p.lat) <= 90);
}

inline void checkFeatureSet(const io::FeatureSet& set) {
    for (const io::Feature& feature : set.features) {
        for (const io::LonLat& point : feature.points) checkPosition(point);
        for (const io::Polygon& polygon : feature.polygons) {
            check(!polygon.rings.empty());
            for (const io::Ring& ring : polygon.rings) {
                check(ring.size() >= 4 && ring.front() == ring.back());
                for (const io::LonLat& p : ring) checkPosition(p);
            }
        }
        (void)io::cbsCodeOf(feature);
    }
}

inline void checkRoundTrip(const io::FeatureSet& set) {
    // The written FeatureCollection nests properties up to 4 levels deeper than a bare Feature did.
    io::GeoReadLimits limits = kLimits;
    limits.maxNesting += 4;
    io::FeatureSet back;
    try {
        back = io::readGeoJson(io::writeGeoJson(set), limits);
    } catch (const io::ImportError&) {
        __builtin_trap();  // the writer produced something the reader refuses
    }
    check(back.features == set.features);
    check(back.layerName == set.layerName);
}

}  // namespace wb::fuzz
