// libFuzzer target: readGeoJson over arbitrary bytes. Whatever it accepts must keep the promises of
// geo_features.h and survive writeGeoJson -> readGeoJson unchanged; and wherever the fast path
// (geojson_stream.h) answers, the document decoder must find exactly the same features, read in
// the same coordinate system (WGS84, or RD New converted).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_checks.h"
#include "io/geo_json_parsing.h"
#include "io/geojson_reader.h"
#include "io/geojson_stream.h"
#include "io/geojson_writer.h"
#include "io/import_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    wb::io::FeatureSet set;
    try {
        set = wb::io::readGeoJson(text, wb::fuzz::kLimits);
    } catch (const wb::io::ImportError&) {
        return 0;  // malformed input is expected
    }
    wb::fuzz::checkFeatureSet(set);
    wb::fuzz::checkRoundTrip(set);

    using namespace wb::io::geojson_detail;
    if (const auto streamed = wb::io::readGeoJsonFeatureStream(text, wb::fuzz::kLimits)) {
        const wb::io::FeatureSet decoded = decodeGeoJson(parseJsonText(text, wb::fuzz::kLimits), wb::fuzz::kLimits);
        wb::fuzz::check(streamed->features.size() == decoded.features.size());
        for (size_t i = 0; i < decoded.features.size(); ++i) wb::fuzz::check(streamed->features[i] == decoded.features[i]);
        wb::fuzz::check(streamed->layerName == decoded.layerName);
        wb::fuzz::check(streamed->convertedFromRdNew == decoded.convertedFromRdNew);
    }
    return 0;
}
