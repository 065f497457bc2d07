// Triangles and outlines for a set of map features (areas), ready to upload to the GPU once.
// Each vertex carries the index of its feature, so recolouring the map only rewrites a small
// per-feature colour table and never touches the triangles. Outlines are index pairs into the same
// vertices as the fill, so drawing borders costs one more index buffer, not a second vertex buffer.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include <glm/common.hpp>
#include <glm/vec2.hpp>

#include "geo/hex_tiles.h"

namespace wb::geo {

// An axis-aligned box in projected km. Starts empty (min > max); include() grows it.
struct Bounds {
    glm::dvec2 min{std::numeric_limits<double>::max()};
    glm::dvec2 max{std::numeric_limits<double>::lowest()};

    bool empty() const { return min.x > max.x || min.y > max.y; }
    void include(glm::dvec2 p) {
        min = glm::min(min, p);
        max = glm::max(max, p);
    }
};

struct FeatureMesh {
    std::vector<float> positions;         // x, y pairs in projected km
    std::vector<float> featureIds;        // one per vertex (float: WebGL2 vertex attributes)
    std::vector<uint32_t> indices;        // triangles
    std::vector<uint32_t> outlineIndices; // GL_LINES pairs along every ring (tile edge), into positions
    std::vector<Bounds> featureBounds;    // one per feature, for zoom-to-selection; empty when it has no geometry
    // Feature f's triangles are indices[3 * triangleOffsets[f] .. 3 * triangleOffsets[f + 1]) and its
    // outline segments outlineIndices[2 * outlineOffsets[f] .. 2 * outlineOffsets[f + 1]): for
    // picking under the mouse and outlining one feature. featureCount + 1 entries each.
    std::vector<uint32_t> triangleOffsets, outlineOffsets;
    size_t featureCount = 0;
    glm::dvec2 boundsMin{0}, boundsMax{0};  // of the whole mesh; (0, 0) both when it has no vertices

    size_t vertexCount() const { return featureIds.size(); }
    size_t triangleCount() const { return indices.size() / 3; }
    glm::dvec2 vertex(uint32_t index) const { return {positions[2 * index], positions[2 * index + 1]}; }
};

// Appends vertices, triangles and ring outlines feature by feature, keeping feature ids and the
// per-feature and overall bounds consistent with them. Shared by every kind of mesh (hex tiles,
// boundary polygons) so they all come out in the same form.
class FeatureMeshBuilder {
public:
    explicit FeatureMeshBuilder(size_t featureCount);

    // Room for what is coming, when the caller knows (saves growing the arrays step by step).
    void reserve(size_t vertices, size_t triangles, size_t outlineSegments);
    uint32_t vertexCount() const { return static_cast<uint32_t>(mesh_.featureIds.size()); }
    // Adds a vertex of `feature` (< featureCount) and returns its index.
    uint32_t addVertex(size_t feature, glm::dvec2 km);
    void addTriangle(uint32_t a, uint32_t b, uint32_t c) { mesh_.indices.insert(mesh_.indices.end(), {a, b, c}); }
    // Outlines the closed ring through the `count` consecutive vertices starting at `first`.
    void addRingOutline(uint32_t first, uint32_t count);

    FeatureMesh finish();

private:
    FeatureMesh mesh_;
    Bounds bounds_;
};

// Hexagon tiles of `layout`, each shrunk by `scale` (< 1 leaves a gap that reads as an outline);
// the outlines follow the shrunk hexagon's edges.
FeatureMesh buildHexMesh(const HexLayout& layout, double scale);

}  // namespace wb::geo
