#include "geo/mesh_picking.h"

#include <cmath>

namespace wb::geo {
namespace {

double cross(glm::dvec2 a, glm::dvec2 b, glm::dvec2 p) { return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x); }

// Inside or on the edge, whatever the winding (earcut's triangles may be either).
bool inTriangle(glm::dvec2 a, glm::dvec2 b, glm::dvec2 c, glm::dvec2 p) {
    const double d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
    const bool hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
    const bool hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(hasNegative && hasPositive);
}

}  // namespace

std::optional<size_t> featureAt(const FeatureMesh& mesh, glm::dvec2 world) {
    if (mesh.triangleOffsets.size() != mesh.featureCount + 1) return std::nullopt;
    for (size_t f = 0; f < mesh.featureCount; ++f) {
        const Bounds& b = mesh.featureBounds[f];
        if (b.empty() || world.x < b.min.x || world.x > b.max.x || world.y < b.min.y || world.y > b.max.y) continue;
        for (uint32_t t = mesh.triangleOffsets[f]; t < mesh.triangleOffsets[f + 1]; ++t) {
            const uint32_t* i = &mesh.indices[3 * static_cast<size_t>(t)];
            if (inTriangle(mesh.vertex(i[0]), mesh.vertex(i[1]), mesh.vertex(i[2]), world)) return f;
        }
    }
    return std::nullopt;
}

std::optional<glm::dvec2> pointInside(const FeatureMesh& mesh, size_t feature) {
    if (feature + 1 >= mesh.triangleOffsets.size()) return std::nullopt;
    std::optional<glm::dvec2> best;
    double bestArea = -1;
    for (uint32_t t = mesh.triangleOffsets[feature]; t < mesh.triangleOffsets[feature + 1]; ++t) {
        const uint32_t* i = &mesh.indices[3 * static_cast<size_t>(t)];
        const glm::dvec2 a = mesh.vertex(i[0]), b = mesh.vertex(i[1]), c = mesh.vertex(i[2]);
        const double area = std::abs(cross(a, b, c));
        if (area > bestArea) {
            bestArea = area;
            best = (a + b + c) / 3.0;
        }
    }
    return best;
}

}  // namespace wb::geo
