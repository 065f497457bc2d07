// Triangles for a set of map features (areas), ready to upload to the GPU once.
// Each vertex carries the index of its feature, so recolouring the map only rewrites a small
// per-feature colour table and never touches the triangles.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/hex_tiles.h"

namespace wb::geo {

struct FeatureMesh {
    std::vector<float> positions;    // x, y pairs in projected km
    std::vector<float> featureIds;   // one per vertex (float: WebGL2 vertex attributes)
    std::vector<uint32_t> indices;   // triangles
    size_t featureCount = 0;
    glm::dvec2 boundsMin{0}, boundsMax{0};

    size_t vertexCount() const { return featureIds.size(); }
};

// Hexagon tiles of `layout`, each shrunk by `scale` (< 1 leaves a gap that reads as an outline).
FeatureMesh buildHexMesh(const HexLayout& layout, double scale);

}  // namespace wb::geo
