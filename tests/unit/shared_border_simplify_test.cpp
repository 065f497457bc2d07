#include <gtest/gtest.h>

#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include <glm/geometric.hpp>

#include "geo/mesh_levels.h"
#include "geo/polygon_mesh.h"
#include "geo/shared_border_simplify.h"
#include "io/topojson_reader.h"

using namespace wb;
using namespace wb::geo;

namespace {

using Position = std::pair<double, double>;
Position at(glm::dvec2 p) { return {p.x, p.y}; }

// Builds ProjectedPolygons ring by ring, directly in km.
struct PolygonsBuilder {
    ProjectedPolygons out;
    void ring(const std::vector<glm::dvec2>& corners) {
        out.corners.insert(out.corners.end(), corners.begin(), corners.end());
        out.ringStarts.push_back(static_cast<uint32_t>(out.corners.size()));
    }
    void endPolygon() { out.polygonStarts.push_back(static_cast<uint32_t>(out.ringCount())); }
    void endFeature() { out.featureStarts.push_back(static_cast<uint32_t>(out.polygonCount())); }
};

// A wiggly edge from a to b: `wiggles` corners in between, pushed off the straight line by up to
// `amplitude` km. The same pair of nodes always gives the same corners (each edge is made once
// and the neighbour walks it backwards), like the shared borders of real boundary files.
std::vector<glm::dvec2> edge(glm::dvec2 a, glm::dvec2 b, int wiggles, double amplitude) {
    const bool flipped = b.x < a.x || (b.x == a.x && b.y < a.y);
    const glm::dvec2 from = flipped ? b : a, to = flipped ? a : b;
    const glm::dvec2 normal(-(to - from).y, (to - from).x);
    std::vector<glm::dvec2> corners;
    for (int i = 1; i <= wiggles; ++i) {
        const double t = static_cast<double>(i) / (wiggles + 1);
        const double offset = amplitude * std::sin(7.3 * i + 13.1 * from.x + 5.7 * from.y);
        corners.push_back(from + t * (to - from) + offset * normal / glm::length(normal));
    }
    if (flipped) std::reverse(corners.begin(), corners.end());
    return corners;
}

// n x n cells of 1 km tiling a square, every edge wiggling; cell (1, 1) has a wiggly hole filled
// by an enclave: the hole and the enclave's outer ring are the same corners, none of them fixed.
ProjectedPolygons wigglyTiling(int n, double amplitude) {
    PolygonsBuilder b;
    std::vector<glm::dvec2> enclave;
    for (int i = 0; i < 24; ++i) {
        const double angle = 2 * M_PI * i / 24;
        const double radius = 0.2 + 0.01 * std::sin(5.0 * i);
        enclave.push_back(glm::dvec2(1.5, 1.5) + radius * glm::dvec2(std::cos(angle), std::sin(angle)));
    }
    for (int row = 0; row < n; ++row) {
        for (int col = 0; col < n; ++col) {
            const glm::dvec2 nodes[] = {{col, row}, {col + 1, row}, {col + 1, row + 1}, {col, row + 1}};
            std::vector<glm::dvec2> ring;
            for (int k = 0; k < 4; ++k) {
                ring.push_back(nodes[k]);
                const auto wiggle = edge(nodes[k], nodes[(k + 1) % 4], 6, amplitude);
                ring.insert(ring.end(), wiggle.begin(), wiggle.end());
            }
            b.ring(ring);
            if (row == 1 && col == 1) b.ring(std::vector<glm::dvec2>(enclave.rbegin(), enclave.rend()));
            b.endPolygon();
            b.endFeature();
        }
    }
    b.ring(enclave);
    b.endPolygon();
    b.endFeature();
    return b.out;
}

// The directed edges between kept corners, ring by ring.
std::multiset<std::pair<Position, Position>> keptEdges(const ProjectedPolygons& p, const std::vector<uint8_t>& keep) {
    std::multiset<std::pair<Position, Position>> edges;
    for (size_t r = 0; r < p.ringCount(); ++r) {
        std::vector<glm::dvec2> kept;
        for (uint32_t c = p.ringStarts[r]; c < p.ringStarts[r + 1]; ++c) {
            if (keep[c]) kept.push_back(p.corners[c]);
        }
        for (size_t i = 0; kept.size() >= 2 && i < kept.size(); ++i) {
            edges.insert({at(kept[i]), at(kept[(i + 1) % kept.size()])});
        }
    }
    return edges;
}

// Shared borders stay shared: wherever the full rings have an edge and its reverse (two areas
// meet), the simplified rings leaving that corner along that border have their reverse too. An
// edge without a twin is only allowed where the full data has none (the coast, the outer frame).
void expectBordersStayShared(const ProjectedPolygons& p, const std::vector<uint8_t>& keep) {
    const std::vector<uint8_t> all(p.corners.size(), 1);
    const auto full = keptEdges(p, all);
    const auto simplified = keptEdges(p, keep);
    size_t twins = 0;
    for (size_t r = 0; r < p.ringCount(); ++r) {
        const uint32_t first = p.ringStarts[r], end = p.ringStarts[r + 1];
        for (uint32_t c = first; c < end; ++c) {
            if (!keep[c]) continue;
            uint32_t next = c + 1 == end ? first : c + 1;
            const bool sharedInFull = full.count({at(p.corners[next]), at(p.corners[c])}) > 0;
            while (!keep[next]) next = next + 1 == end ? first : next + 1;
            if (next == c) continue;
            const bool sharedNow = simplified.count({at(p.corners[next]), at(p.corners[c])}) > 0;
            if (sharedInFull) {
                EXPECT_TRUE(sharedNow) << "ring " << r << ": the border from (" << p.corners[c].x << ", " << p.corners[c].y
                                       << ") lost its twin";
                ++twins;
            }
        }
    }
    EXPECT_GT(twins, 0u);
}

// Every corner left out lies within the tolerance of its ring's simplified outline.
void expectWithinTolerance(const ProjectedPolygons& p, const std::vector<uint8_t>& keep, double tolerance) {
    for (size_t r = 0; r < p.ringCount(); ++r) {
        const uint32_t first = p.ringStarts[r], end = p.ringStarts[r + 1];
        std::vector<glm::dvec2> kept;
        for (uint32_t c = first; c < end; ++c) {
            if (keep[c]) kept.push_back(p.corners[c]);
        }
        if (kept.size() < 2) continue;
        for (uint32_t c = first; c < end; ++c) {
            double nearest = 1e300;
            for (size_t i = 0; i < kept.size(); ++i) {
                const glm::dvec2 a = kept[i], b = kept[(i + 1) % kept.size()], d = b - a;
                const double t = glm::dot(d, d) > 0 ? std::clamp(glm::dot(p.corners[c] - a, d) / glm::dot(d, d), 0.0, 1.0) : 0;
                nearest = std::min(nearest, glm::length(p.corners[c] - (a + t * d)));
            }
            EXPECT_LE(nearest, tolerance * (1 + 1e-9)) << "ring " << r << " corner " << c - first;
        }
    }
}

size_t keptCount(const std::vector<uint8_t>& keep) { return static_cast<size_t>(std::count(keep.begin(), keep.end(), 1)); }

}  // namespace

TEST(SharedBorderSimplify, DropsWigglesBelowTheToleranceAndNeighboursStillMeet) {
    const ProjectedPolygons tiling = wigglyTiling(4, 0.02);
    const std::vector<uint8_t> keep = simplifySharedBorders(tiling, 0.05);
    expectBordersStayShared(tiling, keep);
    expectWithinTolerance(tiling, keep, 0.05);
    // Every cell keeps its four grid corners and nothing else; the enclave keeps some of its 24.
    for (size_t r = 0; r < tiling.ringCount(); ++r) {
        size_t kept = 0;
        for (uint32_t c = tiling.ringStarts[r]; c < tiling.ringStarts[r + 1]; ++c) kept += keep[c];
        const size_t size = tiling.ringStarts[r + 1] - tiling.ringStarts[r];
        if (size == 24) {
            EXPECT_GE(kept, 3u);
            EXPECT_LT(kept, 24u);
        } else {
            EXPECT_EQ(kept, 4u) << "ring " << r;
        }
    }
    // The hole and the enclave keep the same corners, though neither has a fixed one.
    const FeatureMesh mesh = buildPolygonMesh(tiling, &keep);
    EXPECT_EQ(mesh.featureCount, 17u);
    EXPECT_GT(mesh.triangleCount(), 0u);
}

TEST(SharedBorderSimplify, KeepsEveryCornerThatStandsOutOfTheTolerance) {
    const ProjectedPolygons tiling = wigglyTiling(3, 0.02);
    const std::vector<uint8_t> keep = simplifySharedBorders(tiling, 0.0005);
    // Most wiggle corners stand 0.005-0.02 km off the line; a few (sine near zero) may go.
    EXPECT_GT(keptCount(keep), tiling.corners.size() * 9 / 10);
    expectBordersStayShared(tiling, keep);
    expectWithinTolerance(tiling, keep, 0.0005);
}

TEST(SharedBorderSimplify, KeepsTheRealMunicipalitiesTogether) {
    const io::FeatureSet set =
        io::readTopoJson(test::readFile(std::string(WEERBAAR_CBS_DATA) + "/gemeente_2025.topojson"));
    std::vector<std::vector<io::Polygon>> polygons;
    for (const io::Feature& f : set.features) polygons.push_back(f.polygons);
    const ProjectedPolygons projected = projectPolygons(polygons);
    size_t keptBefore = projected.corners.size();  // the file is generalised already: few go at first
    for (const double tolerance : {0.05, 0.5, 2.0}) {
        SCOPED_TRACE(tolerance);
        const std::vector<uint8_t> keep = simplifySharedBorders(projected, tolerance);
        expectBordersStayShared(projected, keep);
        EXPECT_LT(keptCount(keep), keptBefore);
        keptBefore = keptCount(keep);
        // The country keeps its size: what one neighbour loses along a border the other gains.
        const FeatureMesh full = buildPolygonMesh(projected);
        const FeatureMesh coarse = buildPolygonMesh(projected, &keep);
        auto area = [](const FeatureMesh& m) {
            double sum = 0;
            for (size_t t = 0; t + 2 < m.indices.size(); t += 3) {
                const glm::dvec2 a = m.vertex(m.indices[t]), b = m.vertex(m.indices[t + 1]), c = m.vertex(m.indices[t + 2]);
                sum += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
            }
            return sum;
        };
        EXPECT_NEAR(area(coarse), area(full), area(full) * 0.01);
    }
    EXPECT_LT(keptBefore, projected.corners.size() / 2);  // at 2 km
}

TEST(SharedBorderSimplify, NothingToSimplifyInAnEmptySet) {
    const ProjectedPolygons none;
    EXPECT_EQ(none.featureCount(), 0u);
    EXPECT_TRUE(simplifySharedBorders(none, 1.0).empty());
    EXPECT_EQ(buildPolygonMesh(none).vertexCount(), 0u);
    EXPECT_EQ(buildPolygonMesh(projectPolygons({{}, {}})).featureCount, 2u);
}

TEST(MeshLevels, PicksTheCoarsestLevelWithinHalfAPixel) {
    EXPECT_EQ(MeshLevels::levelFor(0.001), 0);  // 1 m per pixel: every corner
    EXPECT_EQ(MeshLevels::levelFor(std::nan("")), 0);
    int previous = 0;
    for (double kmPerPixel = 0.004; kmPerPixel < 50; kmPerPixel *= 1.13) {
        const int level = MeshLevels::levelFor(kmPerPixel);
        ASSERT_GE(level, 1);
        EXPECT_GE(level, previous);
        EXPECT_LE(MeshLevels::toleranceKm(level), 0.5 * kmPerPixel);
        EXPECT_GT(MeshLevels::toleranceKm(level + 1), 0.5 * kmPerPixel);
        previous = level;
    }
}

TEST(MeshLevels, BuildsALevelOnceAndKeepsTheRecentOnes) {
    MeshLevels levels(wigglyTiling(3, 0.02));
    const FeatureMesh* first = &levels.mesh(5);
    EXPECT_EQ(&levels.mesh(5), first);  // not built again
    const size_t fine = levels.mesh(1).vertexCount();
    const size_t coarse = levels.mesh(12).vertexCount();
    EXPECT_LT(coarse, fine);
    for (int level = 1; level <= 10; ++level) EXPECT_EQ(levels.mesh(level).featureCount, 10u);
    EXPECT_EQ(levels.mesh(12).vertexCount(), coarse);  // evicted and built again: the same mesh
}
