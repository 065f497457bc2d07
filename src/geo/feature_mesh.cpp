#include "geo/feature_mesh.h"

#include <algorithm>
#include <utility>

namespace wb::geo {

FeatureMeshBuilder::FeatureMeshBuilder(size_t featureCount) {
    mesh_.featureCount = featureCount;
    mesh_.featureBounds.resize(featureCount);
}

void FeatureMeshBuilder::reserve(size_t vertices, size_t triangles, size_t outlineSegments) {
    mesh_.positions.reserve(2 * vertices);
    mesh_.featureIds.reserve(vertices);
    mesh_.indices.reserve(3 * triangles);
    mesh_.outlineIndices.reserve(2 * outlineSegments);
}

uint32_t FeatureMeshBuilder::addVertex(size_t feature, glm::dvec2 km) {
    const uint32_t index = vertexCount();
    mesh_.positions.push_back(static_cast<float>(km.x));
    mesh_.positions.push_back(static_cast<float>(km.y));
    mesh_.featureIds.push_back(static_cast<float>(feature));
    mesh_.featureBounds[feature].include(km);
    bounds_.include(km);
    return index;
}

void FeatureMeshBuilder::addRingOutline(uint32_t first, uint32_t count) {
    if (count < 2) return;
    const uint32_t segments = count == 2 ? 1 : count;  // two points make one segment, not a loop
    for (uint32_t i = 0; i < segments; ++i) {
        mesh_.outlineIndices.push_back(first + i);
        mesh_.outlineIndices.push_back(first + (i + 1) % count);
    }
}

namespace {

// Orders primitives (groups of `width` indices) by the feature of their first vertex, stable, and
// returns where each feature's primitives start. Builders add features in order, so this is
// usually a single pass that moves nothing; it keeps the offsets right if one ever does not.
std::vector<uint32_t> groupByFeature(std::vector<uint32_t>& indices, size_t width, const std::vector<float>& featureIds,
                                     size_t featureCount) {
    const size_t primitives = indices.size() / width;
    std::vector<uint32_t> offsets(featureCount + 1, 0);
    auto featureOf = [&](size_t primitive) { return static_cast<size_t>(featureIds[indices[primitive * width]]); };
    for (size_t p = 0; p < primitives; ++p) ++offsets[featureOf(p) + 1];
    for (size_t f = 0; f < featureCount; ++f) offsets[f + 1] += offsets[f];
    bool ordered = true;
    for (size_t p = 1; p < primitives && ordered; ++p) ordered = featureOf(p - 1) <= featureOf(p);
    if (!ordered) {
        std::vector<uint32_t> sorted(indices.size());
        std::vector<uint32_t> next(offsets.begin(), offsets.end() - 1);
        for (size_t p = 0; p < primitives; ++p) {
            const uint32_t at = next[featureOf(p)]++;
            std::copy_n(indices.begin() + static_cast<std::ptrdiff_t>(p * width), width,
                        sorted.begin() + static_cast<std::ptrdiff_t>(at * width));
        }
        indices = std::move(sorted);
    }
    return offsets;
}

}  // namespace

FeatureMesh FeatureMeshBuilder::finish() {
    mesh_.triangleOffsets = groupByFeature(mesh_.indices, 3, mesh_.featureIds, mesh_.featureCount);
    mesh_.outlineOffsets = groupByFeature(mesh_.outlineIndices, 2, mesh_.featureIds, mesh_.featureCount);
    if (!bounds_.empty()) {
        mesh_.boundsMin = bounds_.min;
        mesh_.boundsMax = bounds_.max;
    }
    return std::move(mesh_);
}

FeatureMesh buildHexMesh(const HexLayout& layout, double scale) {
    FeatureMeshBuilder builder(layout.cells.size());
    for (size_t feature = 0; feature < layout.cells.size(); ++feature) {
        const HexCoord cell = layout.cells[feature];
        const glm::dvec2 c = layout.grid.centre(cell);
        // A fan around the centre: seven vertices, six triangles.
        const uint32_t centre = builder.addVertex(feature, c);
        for (int i = 0; i < 6; ++i) builder.addVertex(feature, c + (layout.grid.corner(cell, i) - c) * scale);
        for (uint32_t i = 0; i < 6; ++i) builder.addTriangle(centre, centre + 1 + i, centre + 1 + (i + 1) % 6);
        builder.addRingOutline(centre + 1, 6);
    }
    return builder.finish();
}

}  // namespace wb::geo
