#include "geo/projected_polygons.h"

#include <cmath>

#include "geo/projection.h"

namespace wb::geo {
namespace {

void addRing(const Ring& ring, ProjectedPolygons& out) {
    const size_t first = out.corners.size();
    const LonLat* previous = nullptr;
    for (const LonLat& p : ring) {
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat)) continue;
        if (previous && *previous == p) continue;
        previous = &p;
        out.corners.push_back(projectLonLat(p.lon, p.lat));
    }
    while (out.corners.size() > first + 1 && out.corners.back() == out.corners[first]) out.corners.pop_back();
    out.ringStarts.push_back(static_cast<uint32_t>(out.corners.size()));
}

}  // namespace

Bounds ProjectedPolygons::bounds() const {
    Bounds b;
    for (const glm::dvec2& c : corners) b.include(c);
    return b;
}

ProjectedPolygons projectPolygons(const std::vector<std::vector<Polygon>>& featurePolygons) {
    ProjectedPolygons out;
    size_t positions = 0, rings = 0, polygons = 0;
    for (const auto& feature : featurePolygons) {
        polygons += feature.size();
        for (const Polygon& polygon : feature) {
            rings += polygon.rings.size();
            for (const Ring& ring : polygon.rings) positions += ring.size();
        }
    }
    out.corners.reserve(positions);
    out.ringStarts.reserve(rings + 1);
    out.polygonStarts.reserve(polygons + 1);
    out.featureStarts.reserve(featurePolygons.size() + 1);
    for (const auto& feature : featurePolygons) {
        for (const Polygon& polygon : feature) {
            for (const Ring& ring : polygon.rings) addRing(ring, out);
            out.polygonStarts.push_back(static_cast<uint32_t>(out.ringCount()));
        }
        out.featureStarts.push_back(static_cast<uint32_t>(out.polygonCount()));
    }
    return out;
}

}  // namespace wb::geo
