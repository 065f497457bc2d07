// Coverage arithmetic against hand-computed cases: population cells (boundaries, holes, discs,
// centroids), coverage on the ground, points on area edges, overlapping points, empty areas,
// incremental edits equal to a full recompute; and the analysis on the default database.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "test_support.h"

#include "core/coverage_analysis.h"
#include "core/suppression.h"
#include "geo/coverage.h"
#include "geo/mesh_picking.h"
#include "geo/polygon_mesh.h"
#include "geo/population_spread.h"
#include "geo/projection.h"
#include "io/stored_geometry.h"

using namespace wb;
using namespace wb::geo;

namespace {

PlanePolygon rectangle(double x0, double y0, double x1, double y1) {
    return {{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}};
}

AreaShape shapeOf(std::vector<PlanePolygon> polygons) {
    AreaShape shape;
    shape.polygons = std::move(polygons);
    return shape;
}

SpreadOptions cellsOf(double km) {
    SpreadOptions options;
    options.cellSizeKm = km;
    return options;
}

CoverageModel modelOf(const std::vector<AreaShape>& shapes, std::vector<AreaPopulation> population, double radius,
                      double cellKm = 1.0) {
    return CoverageModel(spreadPopulation(shapes, cellsOf(cellKm)), std::move(population), radius);
}

// A position due east of `from` at `km` along the ground (bisection on groundDistanceKm).
geo::LonLat eastOf(geo::LonLat from, double km) {
    double lo = 0, hi = 0.1;
    for (int i = 0; i < 80; ++i) {
        const double mid = (lo + hi) / 2;
        (groundDistanceKm(from, {from.lon + mid, from.lat}) < km ? lo : hi) = mid;
    }
    return {from.lon + lo, from.lat};
}

}  // namespace

TEST(PopulationSpread, SquareGivesItsGridCellsAndHolesAreLeftOut) {
    PlanePolygon withHole = rectangle(0, 0, 4, 4);
    withHole.rings.push_back(rectangle(1, 1, 3, 3).rings[0]);
    const auto cells = spreadPopulation({shapeOf({rectangle(0, 0, 4, 4)}), shapeOf({withHole})}, cellsOf(1.0));
    ASSERT_EQ(cells.cellCount.size(), 2u);
    EXPECT_EQ(cells.cellCount[0], 16u);
    EXPECT_EQ(cells.cellCount[1], 12u);  // the 2 x 2 cells of the hole are out
    EXPECT_EQ(cells.placement[0], Placement::Boundary);
    EXPECT_DOUBLE_EQ(cells.positions[0].x, 0.5);
    EXPECT_DOUBLE_EQ(cells.positions[0].y, 0.5);
    EXPECT_DOUBLE_EQ(planeAreaKm2(withHole), 12.0);
}

TEST(PopulationSpread, CellTargetIsRoughlyMet) {
    SpreadOptions options;
    options.cellsPerArea = 400;
    const auto cells = spreadPopulation({shapeOf({rectangle(0, 0, 10, 3)})}, options);
    EXPECT_NEAR(cells.cellCount[0], 400.0, 40.0);
}

TEST(PopulationSpread, DiscWithoutBoundaryAndCentroidAsLastResort) {
    AreaShape disc;
    disc.landAreaKm2 = 3.14159265358979323846;  // radius 1 km
    AreaShape point;
    point.centreKm = {7, 7};
    AreaShape sliver = shapeOf({rectangle(0, 0, 0.1, 0.1)});  // no 1 km cell centre falls inside
    sliver.centreKm = {0.05, 0.05};
    const auto cells = spreadPopulation({disc, point, sliver}, cellsOf(0.5));
    // Centres at +-0.25 and +-0.75: the four corners (0.75, 0.75) lie 1.06 km out.
    EXPECT_EQ(cells.cellCount[0], 12u);
    EXPECT_EQ(cells.placement[0], Placement::Disc);
    EXPECT_EQ(cells.cellCount[1], 1u);
    EXPECT_EQ(cells.placement[1], Placement::Centre);
    EXPECT_EQ(cells.cellCount[2], 1u);  // the 0.5 km grid has one centre, (0.25, 0.25), outside it
    EXPECT_EQ(cells.placement[2], Placement::Centre);
    EXPECT_DOUBLE_EQ(cells.positions.back().x, 0.05);
}

TEST(Coverage, PointOnTheEdgeOfAnArea) {
    auto model = modelOf({shapeOf({rectangle(0, 0, 4, 4)})}, {{1600, {80}}}, 1.0);
    model.setPoints({{1, {2, 0}, std::nullopt}});
    // Cells (1.5, 0.5) and (2.5, 0.5) lie 0.707 km away; (1.5, 1.5) 1.58 km.
    const auto a = model.area(0);
    EXPECT_EQ(a.coveredCells, 2u);
    EXPECT_DOUBLE_EQ(a.coveredShare, 2.0 / 16);
    EXPECT_DOUBLE_EQ(a.coveredResidents, 200);
    EXPECT_DOUBLE_EQ(a.uncoveredResidents, 1400);
    EXPECT_DOUBLE_EQ(a.coveredGroups[0], 10);
    EXPECT_DOUBLE_EQ(a.uncoveredGroups[0], 70);
}

TEST(Coverage, PointOnTheBorderOfTwoAreasCoversBoth) {
    auto model = modelOf({shapeOf({rectangle(0, 0, 2, 2)}), shapeOf({rectangle(2, 0, 4, 2)})}, {{400, {}}, {800, {}}}, 0.8);
    model.setPoints({{1, {2, 1}, 600.0}});
    EXPECT_DOUBLE_EQ(model.area(0).coveredShare, 0.5);
    EXPECT_DOUBLE_EQ(model.area(1).coveredShare, 0.5);
    const auto loads = model.pointLoads();
    ASSERT_EQ(loads.size(), 1u);
    EXPECT_DOUBLE_EQ(loads[0].servedResidents, 200 + 400);
    EXPECT_DOUBLE_EQ(*loads[0].loadRatio(), 1.0);
}

TEST(Coverage, OverlappingPointsAreNotCountedTwice) {
    auto model = modelOf({shapeOf({rectangle(0, 0, 4, 4)})}, {{1600, {}}}, 1.0);
    model.setPoints({{1, {2, 0}, std::nullopt}, {2, {2, 0}, std::nullopt}, {3, {2.2, 0}, std::nullopt}});
    EXPECT_EQ(model.area(0).coveredCells, 2u);
    EXPECT_DOUBLE_EQ(model.area(0).coveredResidents, 200);
    // (1.5, 0.5) is nearest to 1 and 2 (tie: the smaller id); (2.5, 0.5) is nearest to point 3.
    const auto loads = model.pointLoads();
    EXPECT_DOUBLE_EQ(loads[0].servedResidents, 100);
    EXPECT_DOUBLE_EQ(loads[1].servedResidents, 0);
    EXPECT_DOUBLE_EQ(loads[2].servedResidents, 100);
    EXPECT_DOUBLE_EQ(loads[0].servedResidents + loads[1].servedResidents + loads[2].servedResidents,
                     model.area(0).coveredResidents);
}

TEST(Coverage, AreaWithoutPopulation) {
    auto model = modelOf({shapeOf({rectangle(0, 0, 2, 2)})}, {{0, {0}}}, 5.0);
    model.setPoints({{1, {1, 1}, 100.0}});
    const auto a = model.area(0);
    EXPECT_DOUBLE_EQ(a.coveredShare, 1.0);
    EXPECT_DOUBLE_EQ(a.coveredResidents, 0);
    EXPECT_DOUBLE_EQ(a.uncoveredResidents, 0);
    EXPECT_DOUBLE_EQ(model.pointLoads()[0].servedResidents, 0);
    EXPECT_DOUBLE_EQ(*model.pointLoads()[0].loadRatio(), 0);
}

TEST(Coverage, JustInsideAndJustOutsideTheRadius) {
    AreaShape centre;
    centre.centreKm = {0, 0};
    auto model = modelOf({centre}, {{100, {}}}, 1.0);
    model.setPoints({{1, {0.999, 0}, std::nullopt}});
    EXPECT_DOUBLE_EQ(model.area(0).coveredShare, 1.0);
    model.movePoint(1, {1.001, 0});
    EXPECT_DOUBLE_EQ(model.area(0).coveredShare, 0.0);
    model.movePoint(1, {0.6, 0.8});  // exactly 1 km: on the circle counts as inside
    EXPECT_DOUBLE_EQ(model.area(0).coveredShare, 1.0);
}

TEST(Coverage, OneKilometreOnTheGroundIsTheSameAt51And53North) {
    for (double lat : {51.0, 53.0}) {
        const geo::LonLat home{5.5, lat};
        AreaShape area;
        area.centreKm = projectLonLat(home.lon, home.lat);
        for (double km : {0.999, 1.001}) {
            const geo::LonLat point = eastOf(home, km);
            auto model = modelOf({area}, {{100, {}}}, 1.0);
            model.setPoints({{1, projectLonLat(point.lon, point.lat), std::nullopt}});
            EXPECT_EQ(model.area(0).coveredShare, km < 1 ? 1.0 : 0.0) << "lat " << lat << ", " << km << " km";
        }
    }
}

TEST(Coverage, IncrementalEditsEqualAFullRecompute) {
    std::vector<AreaShape> shapes;
    std::vector<AreaPopulation> population;
    for (int i = 0; i < 6; ++i) {
        for (int j = 0; j < 6; ++j) {
            shapes.push_back(shapeOf({rectangle(i * 5.0, j * 5.0, i * 5.0 + 5, j * 5.0 + 5)}));
            population.push_back({1000.0 + i * 100 + j, {10.0 * i}});
        }
    }
    const auto cells = spreadPopulation(shapes, cellsOf(0.5));
    CoverageModel incremental(cells, population, 3.0);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> at(0, 30);
    std::vector<CoveragePoint> points;
    for (int64_t id = 1; id <= 40; ++id) {
        points.push_back({id, {at(random), at(random)}, 500.0});
        incremental.addPoint(points.back());
    }
    for (int step = 0; step < 200; ++step) {
        auto& p = points[random() % points.size()];
        p.km = {at(random), at(random)};
        incremental.movePoint(p.id, p.km);
    }
    incremental.removePoint(points[3].id);
    points.erase(points.begin() + 3);
    CoverageModel full(cells, population, 3.0);
    full.setPoints(points);
    for (size_t a = 0; a < shapes.size(); ++a) EXPECT_EQ(incremental.area(a).coveredCells, full.area(a).coveredCells);
    const auto li = incremental.pointLoads(), lf = full.pointLoads();
    ASSERT_EQ(li.size(), lf.size());
    for (size_t i = 0; i < li.size(); ++i) EXPECT_NEAR(li[i].servedResidents, lf[i].servedResidents, 1e-6);
}

TEST(Coverage, RadiusChangeRecomputes) {
    auto model = modelOf({shapeOf({rectangle(0, 0, 4, 4)})}, {{1600, {}}}, 1.0);
    model.setPoints({{1, {2, 2}, std::nullopt}});
    EXPECT_EQ(model.area(0).coveredCells, 4u);
    model.setRadius(10);
    EXPECT_EQ(model.area(0).coveredCells, 16u);
    EXPECT_THROW(model.setRadius(0), std::invalid_argument);
}

TEST(CoverageAnalysis, DefaultDatabaseWhatIfAndSuppression) {
    Database db = test::openDefaultDatabase();
    CoverageSettings settings;
    settings.spread.cellsPerArea = 100;
    const AreaBoundaries boundaries = io::storedBoundaries(db, settings.level, settings.year);
    auto analysis = CoverageAnalysis::load(db, settings, boundaries);
    ASSERT_EQ(analysis.areaCount(), 342u);
    EXPECT_EQ(analysis.groups().size(), 8u);
    EXPECT_EQ(analysis.area(0).placement, Placement::Boundary);  // residents spread over the real boundaries

    // Suppression follows the source counts: home ventilation in a small municipality is "<5".
    for (const auto& row : analysis.areas()) {
        for (const auto& g : row.groups) {
            if (g.count.suppressed) {
                EXPECT_TRUE(g.covered.suppressed);
                EXPECT_TRUE(g.uncovered.suppressed);
            }
            if (!g.covered.suppressed) EXPECT_GE(g.covered.value, 5);
        }
    }

    // A new point inside an uncovered municipality covers part of it at once. (Inside its boundary,
    // not at its centroid: Rotterdam's centroid lies outside its generalised shape.)
    const auto gaps = analysis.gaps();
    ASSERT_FALSE(gaps.empty());
    const std::string code = gaps.front().code;
    const double before = gaps.front().raw.coveredShare;
    ResiliencePoint what;
    what.name = "Wat als";
    what.status = "active";
    const auto inside = geo::pointInside(geo::buildPolygonMesh({boundaries.at(code)}), 0);
    ASSERT_TRUE(inside);
    const glm::dvec2 lonLat = geo::unprojectToLonLat(*inside);
    what.lon = lonLat.x;
    what.lat = lonLat.y;
    const int64_t id = analysis.addPoint(what);
    EXPECT_LT(id, 0);
    size_t index = 0;
    while (analysis.area(index).code != code) ++index;
    EXPECT_GT(analysis.area(index).raw.coveredShare, before);
    EXPECT_TRUE(analysis.removePoint(id));
    EXPECT_DOUBLE_EQ(analysis.area(index).raw.coveredShare, before);

    // Loads: every qualifying (active) point, served residents summing to the covered residents.
    double served = 0, covered = 0;
    for (const auto& load : analysis.pointLoads()) served += load.servedResidents;
    for (const auto& row : analysis.areas()) covered += row.raw.coveredResidents;
    EXPECT_NEAR(served, covered, 1e-3 * covered);
    EXPECT_EQ(analysis.pointLoads().size(), static_cast<size_t>(db.scalarInt(
        "SELECT count(*) FROM resilience_point WHERE status = 'active'")));
}
