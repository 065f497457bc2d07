// libFuzzer target: readGeoPackage over arbitrary bytes (SQLite files, so mostly mutations of the
// seed GeoPackages). Whatever it accepts must keep the promises of geo_features.h and survive
// writeGeoPackage -> readGeoPackage: the same features, except that a property whose column held
// values of mixed kinds is written as TEXT and may come back as a string with the same text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "io/geopackage_reader.h"
#include "io/geopackage_writer.h"

namespace {

bool sameAfterWriting(const wb::io::Property& read, const wb::io::Property& back) {
    return read.name == back.name && read.value == back.value &&
           (read.type == back.type || back.type == wb::io::PropertyType::String);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    wb::io::FeatureSet set;
    try {
        set = wb::io::readGeoPackage(bytes, wb::fuzz::kLimits);
    } catch (const wb::io::ImportError&) {
        return 0;  // malformed input is expected
    }
    wb::fuzz::checkFeatureSet(set);

    const std::vector<uint8_t> written = wb::io::writeGeoPackage(set, set.layerName);
    wb::io::FeatureSet back;
    try {
        back = wb::io::readGeoPackage(std::string_view(reinterpret_cast<const char*>(written.data()), written.size()),
                                      wb::fuzz::kLimits);
    } catch (const wb::io::ImportError&) {
        __builtin_trap();  // the writer produced something the reader refuses
    }
    wb::fuzz::check(back.features.size() == set.features.size());
    wb::fuzz::check(set.layerName.empty() || back.layerName == set.layerName);
    for (size_t i = 0; i < set.features.size(); ++i) {
        const wb::io::Feature& a = set.features[i];
        const wb::io::Feature& b = back.features[i];
        wb::fuzz::check(a.id == b.id && a.polygons == b.polygons && a.points == b.points);
        wb::fuzz::check(a.properties.size() == b.properties.size());
        for (size_t p = 0; p < a.properties.size(); ++p) wb::fuzz::check(sameAfterWriting(a.properties[p], b.properties[p]));
    }
    return 0;
}
