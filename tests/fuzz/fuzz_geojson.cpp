// libFuzzer target: readGeoJson over arbitrary bytes. Whatever it accepts must keep the promises of
// geo_features.h and survive writeGeoJson -> readGeoJson unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "io/geojson_reader.h"
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
    return 0;
}
