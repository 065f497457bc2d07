// libFuzzer target: the WKT geometry reader (io/wkt_reader.h) and the CSV around it
// (io/wkt_csv_reader.h) over arbitrary bytes. The first byte picks which: odd reads the rest as a
// CSV with a WKT column, even as one WKT geometry. Whatever is accepted must keep the promises of
// geo_features.h (positions in WGS84 range, rings closed with at least 4 positions, also after an
// RD New conversion) and survive writeGeoJson -> readGeoJson unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "io/file_coordinates.h"
#include "io/import_error.h"
#include "io/wkt_csv_reader.h"
#include "io/wkt_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    wb::io::FeatureSet set;
    try {
        if (data[0] & 1) {
            set = wb::io::readWktCsv(text, wb::fuzz::kLimits);
        } else {
            wb::io::FileCoordinates coordinates;
            wb::io::geojson_detail::PositionBudget budget(wb::fuzz::kLimits.maxPositions);
            set.features.emplace_back();
            wb::io::readWktPolygons(text, coordinates, set.features.back().polygons, "wkt", budget);
        }
    } catch (const wb::io::ImportError&) {
        return 0;  // malformed input is expected
    }
    wb::fuzz::checkFeatureSet(set);
    wb::fuzz::checkRoundTrip(set);
    return 0;
}
