// libFuzzer target: the GeoPackage geometry blob decoder over arbitrary bytes, the place where a
// hostile GeoPackage's bytes meet our own code (fuzzing whole SQLite files mostly exercises SQLite).
// The blob is decoded as a WGS84 layer's and as an RD New layer's; whatever is accepted must keep
// the promises of geo_features.h and survive encodeGpkgGeometry -> decode unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "io/file_coordinates.h"
#include "io/gpkg_geometry.h"

namespace {

using wb::io::geojson_detail::GeometryPath;

const std::string kWhere = "feature 1";

// The readers' own conversion, for a layer that declares `system` (as geopackage_reader.cpp does).
wb::io::PositionConverter converterFor(wb::io::CoordinateSystem system) {
    return [coordinates = wb::io::FileCoordinates(system)](double x, double y, const GeometryPath& path) mutable {
        return coordinates.toLonLat(x, y, kWhere, path);
    };
}

void decodeAndCheck(std::string_view blob, int64_t srsId, wb::io::CoordinateSystem system) {
    const wb::io::PositionConverter toLonLat = converterFor(system);
    wb::io::Feature feature;
    try {
        wb::io::geojson_detail::PositionBudget budget(wb::fuzz::kLimits.maxPositions);
        wb::io::decodeGpkgGeometry(blob, srsId, toLonLat, feature, kWhere, budget);
    } catch (const wb::io::ImportError&) {
        return;  // malformed input is expected
    }
    wb::io::FeatureSet set;
    set.features.push_back(feature);
    wb::fuzz::checkFeatureSet(set);
    if (feature.polygons.empty() && feature.points.empty()) return;  // written as NULL, not as a blob

    const std::vector<uint8_t> encoded = wb::io::encodeGpkgGeometry(feature, 4326);
    wb::io::Feature back;
    try {
        wb::io::geojson_detail::PositionBudget budget(wb::fuzz::kLimits.maxPositions);
        wb::io::decodeGpkgGeometry(std::string_view(reinterpret_cast<const char*>(encoded.data()), encoded.size()),
                                   4326, converterFor(wb::io::CoordinateSystem::Wgs84), back, kWhere, budget);
    } catch (const wb::io::ImportError&) {
        __builtin_trap();  // the encoder produced something the decoder refuses
    }
    wb::fuzz::check(back.polygons == feature.polygons && back.points == feature.points);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view blob(reinterpret_cast<const char*>(data), size);
    decodeAndCheck(blob, 4326, wb::io::CoordinateSystem::Wgs84);
    decodeAndCheck(blob, 28992, wb::io::CoordinateSystem::RdNew);
    return 0;
}
