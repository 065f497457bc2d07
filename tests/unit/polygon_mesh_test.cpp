#include <gtest/gtest.h>

#include "test_support.h"

#include <chrono>
#include <cmath>
#include <cstdio>

#include "geo/polygon_mesh.h"
#include "geo/projection.h"
#include "io/import_error.h"
#include "io/stored_geometry.h"
#include "io/topojson_reader.h"

using namespace wb;
using namespace wb::geo;

namespace {

// A closed ring through lon/lat positions that project to the given RD km positions, so tests can
// be written in the plane.
io::Ring ringKm(std::vector<glm::dvec2> corners) {
    io::Ring ring;
    for (const glm::dvec2& c : corners) {
        const glm::dvec2 ll = unprojectToLonLat(c);
        ring.push_back({ll.x, ll.y});
    }
    if (!corners.empty()) ring.push_back(ring.front());
    return ring;
}

io::Polygon square(double x0, double y0, double size) {
    return {{ringKm({{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}})}};
}

glm::dvec2 vertex(const FeatureMesh& mesh, uint32_t i) { return {mesh.positions[2 * i], mesh.positions[2 * i + 1]}; }

double filledArea(const FeatureMesh& mesh) {
    double area = 0;
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec2 a = vertex(mesh, mesh.indices[t]), b = vertex(mesh, mesh.indices[t + 1]),
                         c = vertex(mesh, mesh.indices[t + 2]);
        area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2.0;
    }
    return area;
}

// Every index in range, every position finite, every triangle and outline segment within one
// feature: what the GPU upload and the per-feature colouring rely on.
void expectWellFormed(const FeatureMesh& mesh) {
    EXPECT_EQ(mesh.positions.size(), 2 * mesh.vertexCount());
    EXPECT_EQ(mesh.indices.size() % 3, 0u);
    EXPECT_EQ(mesh.outlineIndices.size() % 2, 0u);
    EXPECT_EQ(mesh.featureBounds.size(), mesh.featureCount);
    for (float p : mesh.positions) EXPECT_TRUE(std::isfinite(p));
    for (uint32_t i : mesh.indices) EXPECT_LT(i, mesh.vertexCount());
    for (uint32_t i : mesh.outlineIndices) EXPECT_LT(i, mesh.vertexCount());
    if (::testing::Test::HasFailure()) return;
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        EXPECT_EQ(mesh.featureIds[mesh.indices[t]], mesh.featureIds[mesh.indices[t + 1]]);
        EXPECT_EQ(mesh.featureIds[mesh.indices[t]], mesh.featureIds[mesh.indices[t + 2]]);
    }
    for (size_t i = 0; i + 1 < mesh.outlineIndices.size(); i += 2) {
        EXPECT_EQ(mesh.featureIds[mesh.outlineIndices[i]], mesh.featureIds[mesh.outlineIndices[i + 1]]);
    }
}

}  // namespace

TEST(PolygonMesh, FillsAnOuterRingAroundItsHoleAndOutlinesBoth) {
    io::Polygon withHole = square(0, 0, 10);
    withHole.rings.push_back(ringKm({{3, 3}, {3, 7}, {7, 7}, {7, 3}}));
    const FeatureMesh mesh = buildPolygonMesh({{withHole}});
    expectWellFormed(mesh);
    EXPECT_EQ(mesh.vertexCount(), 8u);  // the closing repeat of each ring is dropped
    EXPECT_NEAR(filledArea(mesh), 100.0 - 16.0, 1e-4);
    EXPECT_EQ(mesh.outlineIndices.size(), 2u * 8u);  // four edges per ring
    for (float id : mesh.featureIds) EXPECT_EQ(id, 0.0f);
    EXPECT_NEAR(mesh.featureBounds[0].min.x, 0.0, 1e-6);
    EXPECT_NEAR(mesh.featureBounds[0].max.y, 10.0, 1e-6);
}

TEST(PolygonMesh, KeepsFeaturesApartAndTheirBoundsSeparate) {
    const FeatureMesh mesh = buildPolygonMesh({{square(0, 0, 1)}, {square(10, 0, 1), square(20, 5, 2)}, {}});
    expectWellFormed(mesh);
    ASSERT_EQ(mesh.featureCount, 3u);
    EXPECT_EQ(mesh.vertexCount(), 12u);
    EXPECT_EQ(mesh.triangleCount(), 6u);
    EXPECT_EQ(mesh.featureIds[0], 0.0f);
    EXPECT_EQ(mesh.featureIds[4], 1.0f);
    EXPECT_EQ(mesh.featureIds[11], 1.0f);
    EXPECT_NEAR(mesh.featureBounds[1].min.x, 10.0, 1e-6);
    EXPECT_NEAR(mesh.featureBounds[1].max.x, 22.0, 1e-6);
    EXPECT_NEAR(mesh.featureBounds[1].max.y, 7.0, 1e-6);
    EXPECT_TRUE(mesh.featureBounds[2].empty());  // no geometry, nothing to zoom to
    EXPECT_NEAR(mesh.boundsMax.x, 22.0, 1e-6);
}

TEST(PolygonMesh, SurvivesDegenerateRings) {
    io::Polygon collinear{{ringKm({{0, 0}, {1, 0}, {2, 0}, {3, 0}})}};
    io::Polygon onePoint{{ringKm({{5, 5}, {5, 5}, {5, 5}})}};
    io::Polygon repeated{{ringKm({{0, 0}, {0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 4}})}};
    io::Polygon bowTie{{ringKm({{0, 0}, {4, 4}, {4, 0}, {0, 4}})}};
    io::Polygon touching{{ringKm({{0, 0}, {4, 0}, {2, 2}, {4, 4}, {0, 4}, {2, 2}})}};  // touches itself at (2, 2)
    io::Polygon notANumber = square(0, 0, 1);
    notANumber.rings[0].insert(notANumber.rings[0].begin() + 2, io::LonLat{std::nan(""), 52.0});
    io::Polygon thinOuterWithHole{{ringKm({{0, 0}, {9, 0}}), ringKm({{1, 1}, {2, 1}, {2, 2}})}};
    const FeatureMesh mesh =
        buildPolygonMesh({{collinear}, {onePoint}, {repeated}, {bowTie}, {touching}, {notANumber}, {thinOuterWithHole}, {io::Polygon{}}});
    expectWellFormed(mesh);
    const auto trianglesOf = [&](float feature) {
        size_t n = 0;
        for (size_t t = 0; t < mesh.indices.size(); t += 3) n += mesh.featureIds[mesh.indices[t]] == feature;
        return n;
    };
    EXPECT_EQ(trianglesOf(1), 0u);
    EXPECT_EQ(trianglesOf(2), 2u);  // the repeats are dropped: a plain square
    EXPECT_EQ(trianglesOf(5), 2u);  // the broken position is dropped: a plain square
    EXPECT_EQ(trianglesOf(6), 0u);  // an outer ring without area fills nothing, not even its hole
    // Every ring with at least two distinct points is outlined, even when it cannot be filled.
    std::vector<size_t> segments(8, 0);
    for (size_t i = 0; i < mesh.outlineIndices.size(); i += 2) ++segments[static_cast<size_t>(mesh.featureIds[mesh.outlineIndices[i]])];
    EXPECT_EQ(segments[0], 4u);
    EXPECT_EQ(segments[1], 0u);
    EXPECT_EQ(segments[2], 4u);
    EXPECT_EQ(segments[6], 1u + 3u);
    EXPECT_EQ(segments[7], 0u);
}

TEST(StoredGeometry, ReadsTheGeometryTextStoredWithAnArea) {
    const auto polygon = io::polygonsOfGeometryJson(
        R"({"type":"Polygon","coordinates":[[[5,52],[5.1,52],[5.1,52.1],[5,52]]]})");
    ASSERT_EQ(polygon.size(), 1u);
    EXPECT_EQ(polygon[0].rings[0].size(), 4u);
    const auto multi = io::polygonsOfGeometryJson(R"({"type":"MultiPolygon","coordinates":[
        [[[5,52],[5.1,52],[5.1,52.1],[5,52]]],
        [[[6,52],[6.1,52],[6.1,52.1],[6,52]], [[6.02,52.01],[6.05,52.01],[6.05,52.02],[6.02,52.01]]]]})");
    ASSERT_EQ(multi.size(), 2u);
    EXPECT_EQ(multi[1].rings.size(), 2u);
    EXPECT_TRUE(io::polygonsOfGeometryJson("").empty());
    EXPECT_THROW(io::polygonsOfGeometryJson(R"({"type":"Polygon","coordinates":[[[5,52],[5.1,52]]]})"), io::ImportError);
}

TEST(PolygonMesh, TriangulatesEveryMunicipalityQuickly) {
    const io::FeatureSet set =
        io::readTopoJson(test::readFile(std::string(WEERBAAR_CBS_DATA) + "/gemeente_2025.topojson"));
    std::vector<std::vector<io::Polygon>> polygons;
    for (const io::Feature& f : set.features) polygons.push_back(f.polygons);
    ASSERT_GT(polygons.size(), 300u);

    auto started = std::chrono::steady_clock::now();
    const FeatureMesh mesh = buildPolygonMesh(polygons);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    expectWellFormed(mesh);
    std::vector<size_t> triangles(mesh.featureCount, 0);
    for (size_t t = 0; t < mesh.indices.size(); t += 3) ++triangles[static_cast<size_t>(mesh.featureIds[mesh.indices[t]])];
    for (size_t i = 0; i < triangles.size(); ++i) EXPECT_GT(triangles[i], 0u) << set.features[i].id;
    // The Netherlands: 41 500 km2 with its inland and coastal waters, 33 900 km2 of land.
    EXPECT_GT(filledArea(mesh), 33000.0);
    EXPECT_LT(filledArea(mesh), 42000.0);
    std::printf("[ perf     ] %zu municipalities: %zu vertices, %zu triangles, %zu outline segments in %.1f ms\n",
                mesh.featureCount, mesh.vertexCount(), mesh.triangleCount(), mesh.outlineIndices.size() / 2, ms);

    // About as many polygons as the country's neighbourhoods.
    std::vector<std::vector<io::Polygon>> many;
    size_t polygonCount = 0;
    while (polygonCount < 15000) {
        for (const auto& p : polygons) {
            many.push_back(p);
            polygonCount += p.size();
        }
    }
    started = std::chrono::steady_clock::now();
    const FeatureMesh big = buildPolygonMesh(many);
    const double bigMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    EXPECT_EQ(big.triangleCount(), mesh.triangleCount() * (many.size() / polygons.size()));
    std::printf("[ perf     ] %zu polygons (%zu features): %zu vertices, %zu triangles in %.1f ms\n", polygonCount,
                big.featureCount, big.vertexCount(), big.triangleCount(), bigMs);
}
