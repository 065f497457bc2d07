#include "geo/feature_mesh.h"

#include <limits>

namespace wb::geo {

FeatureMesh buildHexMesh(const HexLayout& layout, double scale) {
    FeatureMesh mesh;
    mesh.featureCount = layout.cells.size();
    mesh.boundsMin = glm::dvec2(std::numeric_limits<double>::max());
    mesh.boundsMax = glm::dvec2(std::numeric_limits<double>::lowest());
    for (size_t feature = 0; feature < layout.cells.size(); ++feature) {
        const HexCoord cell = layout.cells[feature];
        const glm::dvec2 c = layout.grid.centre(cell);
        const auto base = static_cast<uint32_t>(mesh.featureIds.size());
        auto addVertex = [&](glm::dvec2 p) {
            mesh.positions.push_back(static_cast<float>(p.x));
            mesh.positions.push_back(static_cast<float>(p.y));
            mesh.featureIds.push_back(static_cast<float>(feature));
            mesh.boundsMin = glm::min(mesh.boundsMin, p);
            mesh.boundsMax = glm::max(mesh.boundsMax, p);
        };
        addVertex(c);
        for (int i = 0; i < 6; ++i) addVertex(c + (layout.grid.corner(cell, i) - c) * scale);
        for (uint32_t i = 0; i < 6; ++i) {
            mesh.indices.insert(mesh.indices.end(), {base, base + 1 + i, base + 1 + (i + 1) % 6});
        }
    }
    return mesh;
}

}  // namespace wb::geo
