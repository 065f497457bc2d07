#include "geo/polygon_mesh.h"

#include <array>
#include <cmath>

#include <mapbox/earcut.hpp>

#include "geo/projection.h"
#include "io/geojson_reader.h"

namespace wb::geo {
namespace {

using EarcutPoint = std::array<double, 2>;
using EarcutRing = std::vector<EarcutPoint>;

// The ring's positions in km without the closing repeat of the first, without non-finite positions
// and without consecutive repeats (earcut and the outline need each corner once).
void projectRing(const io::Ring& ring, EarcutRing& out) {
    out.clear();
    const io::LonLat* previous = nullptr;
    for (const io::LonLat& p : ring) {
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat)) continue;
        if (previous && *previous == p) continue;
        previous = &p;
        const glm::dvec2 km = projectLonLat(p.lon, p.lat);
        out.push_back({km.x, km.y});
    }
    while (out.size() > 1 && out.back() == out.front()) out.pop_back();
}

// Reused across polygons so a mesh of thousands of polygons does not allocate per ring.
struct PolygonScratch {
    std::vector<EarcutRing> rings;       // the projected rings of the current polygon
    std::vector<EarcutRing> fill;        // the rings earcut gets: the outer ring and the usable holes
    std::vector<uint32_t> fillVertices;  // mesh vertex of each position of `fill`, in earcut's order
};

void addPolygon(FeatureMeshBuilder& builder, size_t feature, const io::Polygon& polygon, PolygonScratch& s) {
    const size_t ringCount = polygon.rings.size();
    if (ringCount == 0) return;
    if (s.rings.size() < ringCount) s.rings.resize(ringCount);
    size_t fillCount = 0;
    s.fillVertices.clear();
    for (size_t r = 0; r < ringCount; ++r) {
        EarcutRing& ring = s.rings[r];
        projectRing(polygon.rings[r], ring);
        const uint32_t first = builder.vertexCount();
        for (const EarcutPoint& p : ring) builder.addVertex(feature, {p[0], p[1]});
        builder.addRingOutline(first, static_cast<uint32_t>(ring.size()));
        // Fewer than three corners bound no area. Holes in an outer ring that bounds none mean
        // nothing, so then nothing of the polygon is filled.
        const bool fillable = ring.size() >= 3 && (r == 0 || fillCount > 0);
        if (!fillable) continue;
        if (s.fill.size() <= fillCount) s.fill.resize(fillCount + 1);
        s.fill[fillCount++].assign(ring.begin(), ring.end());
        for (uint32_t i = 0; i < ring.size(); ++i) s.fillVertices.push_back(first + i);
    }
    if (fillCount == 0) return;
    s.fill.resize(fillCount);  // earcut takes every ring it is given
    // earcut's indices count the positions of all rings it was given, one after the other.
    const std::vector<uint32_t> triangles = mapbox::earcut<uint32_t>(s.fill);
    for (size_t i = 0; i + 2 < triangles.size(); i += 3) {
        builder.addTriangle(s.fillVertices[triangles[i]], s.fillVertices[triangles[i + 1]],
                            s.fillVertices[triangles[i + 2]]);
    }
}

}  // namespace

FeatureMesh buildPolygonMesh(const std::vector<std::vector<io::Polygon>>& featurePolygons) {
    FeatureMeshBuilder builder(featurePolygons.size());
    PolygonScratch scratch;
    for (size_t feature = 0; feature < featurePolygons.size(); ++feature) {
        for (const io::Polygon& polygon : featurePolygons[feature]) addPolygon(builder, feature, polygon, scratch);
    }
    return builder.finish();
}

std::vector<io::Polygon> polygonsOfGeometryJson(std::string_view geometryJson) {
    if (geometryJson.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
    io::FeatureSet set = io::readGeoJson(geometryJson);
    if (set.features.empty()) return {};
    return std::move(set.features.front().polygons);
}

}  // namespace wb::geo
