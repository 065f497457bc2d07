#include <gtest/gtest.h>

#include <set>

#include "geo/feature_mesh.h"
#include "geo/hex_tiles.h"
#include "geo/map_view.h"
#include "geo/projection.h"

using namespace wb::geo;

TEST(Projection, RoundTripsAndHasKilometreScale) {
    const glm::dvec2 amsterdam = projectLonLat(4.9041, 52.3676);
    const glm::dvec2 back = unprojectToLonLat(amsterdam);
    EXPECT_NEAR(back.x, 4.9041, 1e-9);
    EXPECT_NEAR(back.y, 52.3676, 1e-9);
    // Amsterdam - Groningen is about 146 km as the crow flies.
    const glm::dvec2 groningen = projectLonLat(6.5665, 53.2194);
    const double d = glm::length(groningen - amsterdam);
    EXPECT_NEAR(d, 146.0, 146.0 * 0.03);
}

TEST(HexGrid, CellAtFindsTheCellOfItsOwnCentreAndCorners) {
    HexGrid grid(2.0);
    for (int q = -3; q <= 3; ++q) {
        for (int r = -3; r <= 3; ++r) {
            const HexCoord h{q, r};
            EXPECT_EQ(grid.cellAt(grid.centre(h)), h);
            for (int i = 0; i < 6; ++i) {
                // Just inside each corner still belongs to the cell.
                const glm::dvec2 p = grid.centre(h) + (grid.corner(h, i) - grid.centre(h)) * 0.95;
                EXPECT_EQ(grid.cellAt(p), h);
            }
        }
    }
}

TEST(HexTiles, GivesEveryPointItsOwnCellNearItsPosition) {
    // Ten points in one spot must spread over ten distinct cells around it.
    std::vector<glm::dvec2> points(10, glm::dvec2(5.0, 5.0));
    points.push_back({100.0, 100.0});  // an isolated point keeps its own cell
    std::vector<double> priority(points.size(), 1.0);
    const HexLayout layout = layoutHexTiles(points, priority, 1.0);
    std::set<long long> used;
    for (const HexCoord& c : layout.cells) used.insert(HexLayout::key(c));
    EXPECT_EQ(used.size(), points.size());
    EXPECT_EQ(layout.cells.back(), layout.grid.cellAt({100.0, 100.0}));
    for (size_t i = 0; i < 10; ++i) EXPECT_LT(glm::length(layout.grid.centre(layout.cells[i]) - points[i]), 4.0);
}

TEST(HexTiles, HigherPriorityKeepsTheNearestCell) {
    const std::vector<glm::dvec2> points = {{0.1, 0.0}, {0.0, 0.0}};
    const HexLayout layout = layoutHexTiles(points, {1.0, 9.0}, 1.0);
    EXPECT_EQ(layout.cells[1], (HexCoord{0, 0}));
    EXPECT_NE(layout.cells[0], (HexCoord{0, 0}));
}

TEST(HexTiles, PicksTheItemUnderAPoint) {
    const std::vector<glm::dvec2> points = {{0, 0}, {10, 0}};
    const HexLayout layout = layoutHexTiles(points, {1, 1}, 1.0);
    EXPECT_EQ(layout.itemAt({10.2, 0.1}), std::optional<size_t>(1));
    EXPECT_EQ(layout.itemAt({5, 5}), std::nullopt);
}

TEST(FeatureMesh, SevenVerticesAndSixTrianglesPerHexagon) {
    const HexLayout layout = layoutHexTiles({{0, 0}, {10, 0}}, {1, 1}, 1.0);
    const FeatureMesh mesh = buildHexMesh(layout, 0.9);
    EXPECT_EQ(mesh.vertexCount(), 14u);
    EXPECT_EQ(mesh.indices.size(), 36u);
    EXPECT_EQ(mesh.featureIds[7], 1.0f);
    EXPECT_LT(mesh.boundsMin.x, 0.0);
    EXPECT_GT(mesh.boundsMax.x, 10.0);
}

TEST(MapView, ScreenAndWorldRoundTripAndZoomKeepsTheAnchor) {
    MapView view;
    view.setViewport({800, 600});
    view.fit({-100, -50}, {100, 50}, 0.0);
    EXPECT_NEAR(view.kmPerPixel(), 0.25, 1e-12);
    const glm::dvec2 w = view.screenToWorld({100, 100});
    const glm::dvec2 s = view.worldToScreen(w);
    EXPECT_NEAR(s.x, 100, 1e-9);
    EXPECT_NEAR(s.y, 100, 1e-9);
    EXPECT_GT(view.screenToWorld({400, 0}).y, view.screenToWorld({400, 600}).y);  // north is up
    view.zoomAt({200, 150}, 2.0);
    const glm::dvec2 anchor = view.worldToScreen(w + (view.screenToWorld({200, 150}) - w));
    EXPECT_NEAR(anchor.x, 200, 1e-9);
    EXPECT_NEAR(view.kmPerPixel(), 0.125, 1e-12);
    const glm::dvec2 before = view.screenToWorld({10, 10});
    view.panByPixels({5, 0});
    EXPECT_NEAR(view.screenToWorld({15, 10}).x, before.x, 1e-9);
}

TEST(MapView, FitKeepsTheReservedStripFree) {
    MapView view;
    view.setViewport({1000, 500});
    view.fit({0, 0}, {100, 100}, 0.0, 300);
    EXPECT_NEAR(view.worldToScreen({0, 50}).x, 300 + (700 - 500) / 2.0, 1e-9);  // 500 px tall box, centred in 700
    EXPECT_NEAR(view.worldToScreen({100, 100}).y, 0, 1e-9);
}

TEST(MapView, ClipMatrixMapsTheViewportEdges) {
    MapView view;
    view.setViewport({200, 100});
    view.fit({0, 0}, {20, 10}, 0.0);
    const glm::mat4 m = view.worldToClip();
    const glm::vec4 topRight = m * glm::vec4(20, 10, 0, 1);
    EXPECT_NEAR(topRight.x, 1.0f, 1e-5);
    EXPECT_NEAR(topRight.y, 1.0f, 1e-5);
}
