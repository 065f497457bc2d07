#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "geo/feature_mesh.h"
#include "geo/hex_tiles.h"
#include "geo/map_view.h"
#include "geo/projection.h"

using namespace wb;
using namespace wb::geo;

TEST(Projection, AmersfoortIsTheOriginOfTheRdPlane) {
    const glm::dvec2 origin = projectLonLat(kRdReferenceLon, kRdReferenceLat);
    EXPECT_EQ(origin.x, 0.0);
    EXPECT_EQ(origin.y, 0.0);
    const glm::dvec2 back = unprojectToLonLat({0.0, 0.0});
    EXPECT_NEAR(back.x, kRdReferenceLon, 1e-12);
    EXPECT_NEAR(back.y, kRdReferenceLat, 1e-12);
}

// The worked examples published with the approximation series (Schreutelkamp & Strang van Hees):
// the Westertoren in Amsterdam and the Martinitoren in Groningen, RD in metres. They were computed
// with the same series, so a wrong or missing coefficient shows up as more than a centimetre.
TEST(Projection, MatchesThePublishedRdCoordinatesOfTwoTowers) {
    struct Tower {
        double lon, lat, rdX, rdY;
    };
    for (const Tower& t : {Tower{4.88352559, 52.37453253, 120700.723, 487525.501},
                           Tower{6.56820053, 53.21938317, 233883.131, 582065.167}}) {
        const glm::dvec2 km = projectLonLat(t.lon, t.lat);
        EXPECT_NEAR(km.x * 1000.0 + kRdReferenceX, t.rdX, 0.01);
        EXPECT_NEAR(km.y * 1000.0 + kRdReferenceY, t.rdY, 0.01);
        const glm::dvec2 lonLat = unprojectToLonLat({(t.rdX - kRdReferenceX) / 1000.0, (t.rdY - kRdReferenceY) / 1000.0});
        EXPECT_NEAR(groundDistanceKm({lonLat.x, lonLat.y}, {t.lon, t.lat}), 0.0, 0.00001);  // 1 cm
    }
}

TEST(Projection, RoundTripsOverTheWholeCountry) {
    double worst = 0.0;
    for (double lon = 3.2; lon <= 7.3; lon += 0.1) {
        for (double lat = 50.7; lat <= 53.6; lat += 0.1) {
            const glm::dvec2 back = unprojectToLonLat(projectLonLat(lon, lat));
            worst = std::max({worst, std::abs(back.x - lon), std::abs(back.y - lat)});
        }
    }
    EXPECT_LT(worst, 1e-9);  // degrees; far below the 1e-6 (~0.1 m) a map could ever show
}

TEST(Projection, PlaneDistancesAreGroundDistances) {
    // RD is conformal with a scale error of at most a few parts in ten thousand over the country:
    // distances in the plane agree with ground distances in every direction.
    double worst = 0.0;
    const std::vector<glm::dvec2> places = {{3.4, 51.3}, {4.9041, 52.3676}, {6.5665, 53.2194}, {5.69, 50.85},
                                            {7.05, 52.25}, {4.3, 52.08},   {5.1, 53.35},     {6.2, 51.8}};
    for (const glm::dvec2& a : places) {
        for (const glm::dvec2& b : places) {
            const double ground = groundDistanceKm({a.x, a.y}, {b.x, b.y});
            if (ground == 0.0) continue;
            const double plane = glm::length(projectLonLat(b.x, b.y) - projectLonLat(a.x, a.y));
            worst = std::max(worst, std::abs(plane - ground) / ground);
        }
    }
    EXPECT_LT(worst, 0.0005);  // measured: 0.016%; plain haversine on a sphere would be off by 0.34%
}

TEST(Projection, GroundDistanceFollowsTheEllipsoid) {
    // One degree along the equator is a/180*pi; along a meridian from the equator it is shorter
    // (the geodesic value is 110.574 km).
    EXPECT_NEAR(groundDistanceKm({0, 0}, {1, 0}), 111.3195, 0.0005);
    EXPECT_NEAR(groundDistanceKm({0, 0}, {0, 1}), 110.574, 0.002);
    EXPECT_EQ(groundDistanceKm({5.1, 52.1}, {5.1, 52.1}), 0.0);
    const geo::LonLat amsterdam{4.9041, 52.3676}, groningen{6.5665, 53.2194};
    EXPECT_DOUBLE_EQ(groundDistanceKm(amsterdam, groningen), groundDistanceKm(groningen, amsterdam));
    EXPECT_NEAR(groundDistanceKm(amsterdam, groningen), 146.0, 1.5);
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
    // Outlines: the six edges of each shrunk hexagon, on its corner vertices (not the centre).
    ASSERT_EQ(mesh.outlineIndices.size(), 2u * 12u);
    EXPECT_EQ(mesh.outlineIndices[0], 1u);
    EXPECT_EQ(mesh.outlineIndices[11], 1u);
    ASSERT_EQ(mesh.featureBounds.size(), 2u);
    const Bounds& second = mesh.featureBounds[1];
    const glm::dvec2 centre = layout.grid.centre(layout.cells[1]);
    EXPECT_NEAR(second.max.x - second.min.x, std::sqrt(3.0) * 0.9, 1e-9);  // flat-to-flat width, shrunk
    EXPECT_NEAR((second.min.x + second.max.x) / 2, centre.x, 1e-9);
    EXPECT_LT(mesh.featureBounds[0].max.x, 1.0);
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
