// The boundary polygons of a set of map features, projected to the RD plane (projection.h) once
// and kept flat: every ring's corners in one array, with start offsets for rings, polygons and
// features. The mesh builder triangulates from this form and the border simplifier
// (shared_border_simplify.h) marks which corners a coarse view can leave out, without copying
// any geometry.
//
// Input may come from any file a user drops in: non-finite positions, consecutive repeats and the
// closing repeat of the first corner are dropped here, so every ring lists each corner once.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "geo/feature_mesh.h"
#include "geo/polygon.h"

namespace wb::geo {

struct ProjectedPolygons {
    // Each start array has one entry more than there are items: a fresh value holds no features.
    std::vector<glm::dvec2> corners;          // km in the RD plane, ring after ring
    std::vector<uint32_t> ringStarts{0};      // ring r is corners[ringStarts[r] .. ringStarts[r + 1])
    std::vector<uint32_t> polygonStarts{0};   // polygon p is rings polygonStarts[p] .. polygonStarts[p + 1] - 1; the first is the outer ring
    std::vector<uint32_t> featureStarts{0};   // feature f is polygons featureStarts[f] .. featureStarts[f + 1] - 1

    size_t featureCount() const { return featureStarts.size() - 1; }
    size_t polygonCount() const { return polygonStarts.size() - 1; }
    size_t ringCount() const { return ringStarts.size() - 1; }
    Bounds bounds() const;  // of every corner; empty when there are none
};

// Feature i is featurePolygons[i]; a feature may have any number of polygons, none included.
ProjectedPolygons projectPolygons(const std::vector<std::vector<Polygon>>& featurePolygons);

}  // namespace wb::geo
