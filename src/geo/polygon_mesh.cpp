#include "geo/polygon_mesh.h"

#include <algorithm>
#include <array>

#include <mapbox/earcut.hpp>


namespace wb::geo {
namespace {

using EarcutPoint = std::array<double, 2>;
using EarcutRing = std::vector<EarcutPoint>;

// Reused across polygons so a mesh of thousands of polygons does not allocate per ring.
struct PolygonScratch {
    std::vector<EarcutRing> fill;        // the rings earcut gets: the outer ring and the usable holes
    std::vector<uint32_t> fillVertices;  // mesh vertex of each position of `fill`, in earcut's order
    // earcut's own class rather than mapbox::earcut(): one instance keeps its index array between
    // polygons instead of returning a new one each time.
    mapbox::detail::Earcut<uint32_t> earcut;
};

void addPolygon(FeatureMeshBuilder& builder, size_t feature, const ProjectedPolygons& polygons, size_t polygon,
                const std::vector<uint8_t>* keep, PolygonScratch& s) {
    size_t fillCount = 0;
    s.fillVertices.clear();
    for (uint32_t r = polygons.polygonStarts[polygon]; r < polygons.polygonStarts[polygon + 1]; ++r) {
        // The ring goes into the next free earcut slot; it only keeps the slot when it can be filled.
        if (s.fill.size() <= fillCount) s.fill.resize(fillCount + 1);
        EarcutRing& ring = s.fill[fillCount];
        ring.clear();
        const uint32_t first = builder.vertexCount();
        for (uint32_t c = polygons.ringStarts[r]; c < polygons.ringStarts[r + 1]; ++c) {
            if (keep && !(*keep)[c]) continue;
            const glm::dvec2 p = polygons.corners[c];
            builder.addVertex(feature, p);
            ring.push_back({p.x, p.y});
        }
        const auto count = static_cast<uint32_t>(ring.size());
        builder.addRingOutline(first, count);
        // Fewer than three corners bound no area. Holes in an outer ring that bounds none mean
        // nothing, so then nothing of the polygon is filled.
        const bool outer = r == polygons.polygonStarts[polygon];
        if (count < 3 || (!outer && fillCount == 0)) continue;
        ++fillCount;
        for (uint32_t v = first; v < first + count; ++v) s.fillVertices.push_back(v);
    }
    if (fillCount == 0) return;
    s.fill.resize(fillCount);  // earcut takes every ring it is given
    // earcut's indices count the positions of all rings it was given, one after the other.
    s.earcut(s.fill);
    const std::vector<uint32_t>& triangles = s.earcut.indices;
    for (size_t i = 0; i + 2 < triangles.size(); i += 3) {
        builder.addTriangle(s.fillVertices[triangles[i]], s.fillVertices[triangles[i + 1]],
                            s.fillVertices[triangles[i + 2]]);
    }
}

}  // namespace

FeatureMesh buildPolygonMesh(const ProjectedPolygons& polygons, const std::vector<uint8_t>* keep) {
    FeatureMeshBuilder builder(polygons.featureCount());
    // A polygon of n corners in all its rings has n - 2 + 2 * holes triangles: about n.
    size_t corners = polygons.corners.size();
    if (keep) corners = static_cast<size_t>(std::count(keep->begin(), keep->end(), uint8_t{1}));
    builder.reserve(corners, corners, corners);
    PolygonScratch scratch;
    for (size_t feature = 0; feature < polygons.featureCount(); ++feature) {
        for (uint32_t p = polygons.featureStarts[feature]; p < polygons.featureStarts[feature + 1]; ++p) {
            addPolygon(builder, feature, polygons, p, keep, scratch);
        }
    }
    return builder.finish();
}

FeatureMesh buildPolygonMesh(const std::vector<std::vector<Polygon>>& featurePolygons) {
    return buildPolygonMesh(projectPolygons(featurePolygons));
}

}  // namespace wb::geo
