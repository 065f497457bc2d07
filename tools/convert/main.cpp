// convert_geo IN.(geojson|json|topojson|gpkg) OUT.(geojson|gpkg)
// Converts boundary and point files between the formats the dashboard reads, with the same
// readers and writers the dashboard uses (so a file it writes is one the dashboard reads back).
// The browser tests use it to make a GeoPackage from the CBS TopoJSON.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "io/geo_file_reader.h"
#include "io/geojson_writer.h"
#include "io/geopackage_reader.h"
#include "io/geopackage_writer.h"
#include "io/import_error.h"

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "data/gemeente_2025.topojson" -> "gemeente_2025": the layer name when the input has none.
std::string stemOf(const std::string& path) {
    const size_t slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const size_t dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

bool readFile(const std::string& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    return true;
}

bool writeFile(const std::string& path, const void* data, size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 || !(endsWith(argv[2], ".geojson") || endsWith(argv[2], ".gpkg"))) {
        std::fprintf(stderr, "usage: convert_geo IN.(geojson|json|topojson|gpkg) OUT.(geojson|gpkg)\n");
        return 2;
    }
    const std::string inPath = argv[1], outPath = argv[2];
    std::string input;
    if (!readFile(inPath, input)) {
        std::fprintf(stderr, "convert_geo: cannot read %s\n", inPath.c_str());
        return 1;
    }
    try {
        const wb::io::FeatureSet set =
            endsWith(inPath, ".gpkg") ? wb::io::readGeoPackage(input) : wb::io::readGeoFile(input);
        const std::string layer = set.layerName.empty() ? stemOf(inPath) : set.layerName;
        bool written;
        if (endsWith(outPath, ".gpkg")) {
            const std::vector<uint8_t> bytes = wb::io::writeGeoPackage(set, layer);
            written = writeFile(outPath, bytes.data(), bytes.size());
        } else {
            const std::string text = wb::io::writeGeoJson(set);
            written = writeFile(outPath, text.data(), text.size());
        }
        if (!written) {
            std::fprintf(stderr, "convert_geo: cannot write %s\n", outPath.c_str());
            return 1;
        }
        std::printf("%s: %zu features, layer \"%s\"\n", outPath.c_str(), set.features.size(), layer.c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "convert_geo: %s: %s\n", inPath.c_str(), e.what());
        return 1;
    }
    return 0;
}
