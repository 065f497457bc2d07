#include "geo/feature_mesh.h"

#include <utility>

namespace wb::geo {

FeatureMeshBuilder::FeatureMeshBuilder(size_t featureCount) {
    mesh_.featureCount = featureCount;
    mesh_.featureBounds.resize(featureCount);
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

FeatureMesh FeatureMeshBuilder::finish() {
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
