#include "io/stored_geometry.h"

#include "io/geojson_reader.h"
#include "io/import_error.h"

namespace wb::io {

std::vector<geo::Polygon> polygonsOfGeometryJson(std::string_view geometryJson) {
    if (geometryJson.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
    FeatureSet set = readGeoJson(geometryJson);
    if (set.features.empty()) return {};
    return std::move(set.features.front().polygons);
}

AreaBoundaries storedBoundaries(const Database& db, AreaLevel level, int year) {
    AreaBoundaries out;
    auto query = db.prepare("SELECT code, geometry FROM area WHERE level = ? AND year = ? AND geometry IS NOT NULL");
    query.bind(1, toString(level)).bind(2, year);
    while (query.step()) {
        try {
            out.emplace(query.getText(0), polygonsOfGeometryJson(query.getTextView(1)));
        } catch (const ImportError&) {
            // left out: see the header
        }
    }
    return out;
}

}  // namespace wb::io
