// Shared by the GeoJSON and TopoJSON readers (internal): the walk over a simple geometry's array.
// A header of its own because it needs the whole JSON library, which geo_json_parsing.h avoids.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "io/geo_json_parsing.h"

namespace wb::io::geojson_detail {

// Fills `feature` from the array of a Point, MultiPoint, Polygon or MultiPolygon (GeoJSON's
// "coordinates", TopoJSON's "coordinates" or "arcs"). What differs between the formats is how one
// point and one ring are decoded; the walk over the array, the budget and the messages are shared.
template <typename DecodePoint, typename DecodeRing>
void decodeSimpleGeometry(const std::string& type, const Json& array, Feature& feature, const std::string& where,
                          PositionBudget& budget, DecodePoint decodePoint, DecodeRing decodeRing) {
    const auto decodePolygon = [&](const Json& rings, GeometryPath path) {
        Polygon polygon;
        polygon.rings.reserve(rings.size());
        for (size_t r = 0; r < rings.size(); ++r) {
            path.ring = r + 1;
            polygon.rings.push_back(decodeRing(rings[r], path));
        }
        return polygon;
    };
    GeometryPath path;
    if (type == "Point") {
        budget.spend(1, where);
        feature.points.push_back(decodePoint(array, path));
    } else if (type == "MultiPoint") {
        budget.spend(array.size(), where);
        for (size_t i = 0; i < array.size(); ++i) {
            path.point = i + 1;
            feature.points.push_back(decodePoint(array[i], path));
        }
    } else if (type == "Polygon") {
        feature.polygons.push_back(decodePolygon(array, path));
    } else {  // MultiPolygon
        for (size_t i = 0; i < array.size(); ++i) {
            path.polygon = i + 1;
            const Json& rings = array[i];
            if (!rings.is_array()) fail(where, path.message("a polygon must be an array of rings"));
            if (rings.empty()) fail(where, path.message("the polygon has no rings"));
            feature.polygons.push_back(decodePolygon(rings, path));
        }
    }
}

}  // namespace wb::io::geojson_detail
