#include "io/geo_file_reader.h"

#include <nlohmann/json.hpp>

#include "io/geo_json_parsing.h"
#include "io/geojson_stream.h"

namespace wb::io {

FeatureSet readGeoFile(std::string_view text, const GeoReadLimits& limits) {
    using namespace geojson_detail;
    if (auto ordinary = readGeoJsonFeatureStream(text, limits)) return std::move(*ordinary);
    const Json document = parseJsonText(text, limits);
    const auto type = document.find("type");  // end() when the document is not an object
    const bool isTopology = type != document.end() && *type == "Topology";
    return isTopology ? decodeTopoJson(document, "", limits) : decodeGeoJson(document, limits);
}

}  // namespace wb::io
