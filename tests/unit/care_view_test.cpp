// The population-care view: the coverage table of a selection against the analysis, the computed
// map indicator "uncovered" at three levels, what-if switches that never write the database,
// stored edits followed incrementally (equal to a fresh load), suppression in the CSV export, and
// the care string table. Plus hand-computed coverage cases not covered by coverage_test.cpp.
#include <gtest/gtest.h>

#include <sstream>

#include "app_test_support.h"

#include "core/resilience_points.h"
#include "geo/coverage.h"
#include "geo/mesh_picking.h"
#include "geo/polygon_mesh.h"
#include "geo/population_spread.h"
#include "geo/projection.h"
#include "io/stored_geometry.h"
#include "views/care_indicators.h"
#include "views/care_view.h"
#include "views/strings_care.h"

using namespace wb;

namespace {

geo::AreaShape square(double x0, double y0, double size) {
    geo::AreaShape shape;
    shape.polygons.push_back({{{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}}}});
    return shape;
}

geo::CoverageModel modelOf(const std::vector<geo::AreaShape>& shapes, std::vector<geo::AreaPopulation> population,
                           double radius) {
    geo::SpreadOptions options;
    options.cellSizeKm = 1.0;
    return geo::CoverageModel(geo::spreadPopulation(shapes, options), std::move(population), radius);
}

const CoverageTableRow* rowOf(const std::vector<CoverageTableRow>& rows, const std::string& code) {
    for (const auto& r : rows) {
        if (r.area.code == code) return &r;
    }
    return nullptr;
}

std::vector<std::string> csvLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

// A point in the neighbouring area still covers the cells of this one within reach: coverage is
// measured on the ground, not per area. Hand computed: area A = [0,2]x[0,2], B = [2,4]x[0,2],
// 1 km cells (4 each, 100 residents per cell in A, 200 in B); a point at (3.0, 1.0) with a radius
// of 1.2 km reaches the cell centres (2.5, 0.5), (2.5, 1.5) (0.71 km), (3.5, *) (0.71 km) and
// (1.5, 0.5), (1.5, 1.5) in A (1.58 km: no). With radius 1.6 km it reaches A's column x = 1.5 too.
TEST(CareCoverage, PointInANeighbouringAreaCoversAcrossTheBorder) {
    auto model = modelOf({square(0, 0, 2), square(2, 0, 2)}, {{400, {40}}, {800, {8}}}, 1.2);
    model.setPoints({{7, {3.0, 1.0}, 500.0}});
    EXPECT_DOUBLE_EQ(model.area(0).coveredResidents, 0);
    EXPECT_DOUBLE_EQ(model.area(1).coveredResidents, 800);
    model.setRadius(1.6);
    EXPECT_DOUBLE_EQ(model.area(0).coveredResidents, 200);
    EXPECT_DOUBLE_EQ(model.area(0).coveredGroups[0], 20);
    EXPECT_DOUBLE_EQ(model.area(0).uncoveredGroups[0], 20);
    const auto loads = model.pointLoads();
    ASSERT_EQ(loads.size(), 1u);
    EXPECT_DOUBLE_EQ(loads[0].servedResidents, 1000);       // 200 of A + 800 of B
    EXPECT_DOUBLE_EQ(*loads[0].loadRatio(), 1000.0 / 500);  // twice its capacity
}

// Two points whose circles overlap share the cells by nearness: each resident is served once.
TEST(CareCoverage, OverlappingPointsSplitTheLoadByNearness) {
    auto model = modelOf({square(0, 0, 4)}, {{1600, {}}}, 1.0);
    model.setPoints({{1, {2, 2}, 100.0}, {2, {3, 2}, 100.0}});
    // Point 1 reaches (1.5|2.5, 1.5|2.5); point 2 reaches (2.5|3.5, 1.5|2.5): 6 cells in all.
    EXPECT_EQ(model.area(0).coveredCells, 6u);
    EXPECT_DOUBLE_EQ(model.area(0).coveredResidents, 600);
    const auto loads = model.pointLoads();
    // The (2.5, *) cells are equally near to both: the smaller id takes them.
    EXPECT_DOUBLE_EQ(loads[0].servedResidents, 400);
    EXPECT_DOUBLE_EQ(loads[1].servedResidents, 200);
    EXPECT_DOUBLE_EQ(*loads[0].loadRatio(), 4.0);
}

TEST(CareView, TableAndUncoveredIndicatorAgreeAtEveryLevel) {
    AppState app;
    test::openDefaultData(app);
    const auto all = app.care.table(app);
    ASSERT_EQ(all.size(), 342u);
    const CoverageTotals totals = totalsOf(all, app.care.coverage(app).groups().size());
    EXPECT_GT(totals.uncoveredRaw, 0);
    EXPECT_NEAR(totals.coveredRaw + totals.uncoveredRaw, totals.residentsRaw, 1e-6 * totals.residentsRaw);

    // Municipalities: each value is the row's uncovered count as shown (0 when suppressed).
    std::vector<Area> municipalities;
    for (const Area* a : app.areas.atLevel(AreaLevel::Municipality)) municipalities.push_back(*a);
    const auto values = app.care.uncoveredValues(app, municipalities);
    for (size_t i = 0; i < municipalities.size(); ++i) {
        const CoverageTableRow* row = rowOf(all, municipalities[i].code);
        ASSERT_NE(row, nullptr);
        ASSERT_TRUE(values[i]);
        EXPECT_DOUBLE_EQ(*values[i], row->area.uncoveredResidents.suppressed ? 0.0 : row->area.uncoveredResidents.value);
    }
    // A safety region: its municipalities' raw sums, rounded as a derived count; equal to the
    // totals of the table with the region selected.
    const Area* region = app.areas.atLevel(AreaLevel::SafetyRegion).front();
    const auto regionValue = app.care.uncoveredValues(app, {*region});
    app.select(region->code);
    const auto rows = app.care.table(app);
    EXPECT_LT(rows.size(), 342u);
    EXPECT_GT(rows.size(), 0u);
    const CoverageTotals regionTotals = totalsOf(rows, 0);
    ASSERT_TRUE(regionValue[0]);
    EXPECT_DOUBLE_EQ(*regionValue[0], regionTotals.uncovered.value);
    // Finer levels have no value.
    Area neighbourhood;
    neighbourhood.code = "BU00000000";
    neighbourhood.level = AreaLevel::Neighbourhood;
    EXPECT_FALSE(app.care.uncoveredValues(app, {neighbourhood})[0]);

    // The computed indicators are listed for the map.
    bool uncovered = false, index = false;
    for (const auto& c : app.computed) {
        uncovered |= c.info.id == kUncoveredIndicator && c.info.isCountOfPeople;
        index |= c.info.id == kVulnerabilityIndexIndicator && !c.info.isCountOfPeople;
    }
    EXPECT_TRUE(uncovered);
    EXPECT_TRUE(index);
}

TEST(CareView, PointsLeftForAfterTheFirstFrameAreReadBeforeAComputedIndicatorCountsThem) {
    // The page's start opens its database with the point layers left for after its first frame
    // (AppState::PointsReading::Later). Shown sooner, the residents outside coverage still count
    // every resilience point.
    AppState now;
    test::openDefaultData(now);
    AppState later;
    later.open(test::openDefaultDatabase(), AppState::PointsReading::Later);
    ASSERT_FALSE(now.layers.facilities().empty());
    EXPECT_TRUE(later.layers.facilities().empty());
    now.showIndicator(kUncoveredIndicator);
    later.showIndicator(kUncoveredIndicator);
    EXPECT_EQ(later.layers.facilities().size(), now.layers.facilities().size());
    ASSERT_EQ(later.map.values.size(), now.map.values.size());
    EXPECT_EQ(later.map.values, now.map.values);

    // The start's own path: completed after the first frame, whatever the map shows.
    AppState started;
    started.open(test::openDefaultDatabase(), AppState::PointsReading::Later);
    EXPECT_TRUE(started.layers.facilities().empty());
    started.completeOpening();
    EXPECT_EQ(started.layers.facilities().size(), now.layers.facilities().size());
    started.completeOpening();  // nothing left: the same facilities, read once
    EXPECT_EQ(started.layers.facilities().size(), now.layers.facilities().size());
}

TEST(CareView, WhatIfChangesTheFiguresAndNeverTheDatabase) {
    AppState app;
    test::openDefaultData(app);
    app.care.setRequirePower(app, false);
    const auto countActive = [&] { return app.db.scalarInt("SELECT count(*) FROM resilience_point WHERE status = 'active'"); };
    const int64_t activeBefore = countActive();
    const long changesBefore = app.changeCount;

    // A candidate in the largest gap, switched on.
    const auto gaps = CareView::gapsOf(app.care.table(app));
    ASSERT_FALSE(gaps.empty());
    // A candidate inside its municipality's shape (the example places points around centroids, and
    // a centroid may lie outside the shape, as Rotterdam's does).
    const auto boundaries = io::storedBoundaries(app.db, AreaLevel::Municipality, 2025);
    const auto insideItsArea = [&](const ResiliencePoint& p) {
        const auto mesh = geo::buildPolygonMesh({boundaries.at(p.areaCode)});
        return geo::featureAt(mesh, geo::projectLonLat(p.lon, p.lat)).has_value();
    };
    const ResiliencePoint* candidate = nullptr;
    std::string code;
    for (const auto& gap : gaps) {
        for (const auto& p : app.care.coverage(app).allPoints()) {
            if (p.status == "candidate" && p.areaCode == gap.area.code && insideItsArea(p)) candidate = &p;
        }
        if (candidate) {
            code = gap.area.code;
            break;
        }
    }
    ASSERT_NE(candidate, nullptr);
    const int64_t id = candidate->id;
    const double before = rowOf(app.care.table(app), code)->area.raw.uncoveredResidents;
    app.care.switchPoint(app, id, true);
    EXPECT_TRUE(app.care.isSwitched(id));
    EXPECT_LT(rowOf(app.care.table(app), code)->area.raw.uncoveredResidents, before);
    EXPECT_EQ(countActive(), activeBefore);
    EXPECT_EQ(app.changeCount, changesBefore);
    app.care.switchPoint(app, id, false);
    EXPECT_FALSE(app.care.isSwitched(id));
    EXPECT_DOUBLE_EQ(rowOf(app.care.table(app), code)->area.raw.uncoveredResidents, before);

    // A point placed by hand inside the gap (not at its centroid: Rotterdam's lies outside its shape).
    const auto inside = geo::pointInside(geo::buildPolygonMesh({boundaries.at(code)}), 0);
    ASSERT_TRUE(inside);
    const glm::dvec2 lonLat = geo::unprojectToLonLat(*inside);
    const int64_t placed = app.care.addWhatIfPoint(app, lonLat.x, lonLat.y, "x");
    EXPECT_LT(placed, 0);
    EXPECT_EQ(app.care.whatIfPoints().front().areaCode, code);
    EXPECT_LT(rowOf(app.care.table(app), code)->area.raw.uncoveredResidents, before);
    app.care.clearWhatIf(app);
    EXPECT_FALSE(app.care.hasWhatIf());
    EXPECT_DOUBLE_EQ(rowOf(app.care.table(app), code)->area.raw.uncoveredResidents, before);
}

TEST(CareView, StoredEditsAreFollowedIncrementallyLikeAFreshLoad) {
    AppState app;
    test::openDefaultData(app);
    app.care.setRadius(app, 3.0);
    const std::string code = CareView::gapsOf(app.care.table(app)).front().area.code;
    const Area* area = app.areas.find(code);
    ResiliencePoint point;
    point.name = "Dorpshuis";
    point.status = "active";
    point.emergencyPower = true;
    point.autonomyHours = 72;
    point.capacityPersons = 150;
    point.functions = {"information", "warmth_charging"};
    point.lon = area->centroidLon;
    point.lat = area->centroidLat;
    point.areaCode = code;
    point.areaYear = kDefaultDivisionYear;
    point.id = addResiliencePoint(app.db, point);
    const long changes = app.changeCount;
    app.care.pointSaved(app, point);
    EXPECT_EQ(app.changeCount, changes + 1);  // persistence is told
    const auto followed = app.care.table(app);

    CareView fresh;  // loads from the database
    fresh.setRadius(app, 3.0);
    const auto loaded = fresh.table(app);
    ASSERT_EQ(followed.size(), loaded.size());
    for (size_t i = 0; i < followed.size(); ++i) {
        EXPECT_DOUBLE_EQ(followed[i].area.raw.coveredResidents, loaded[i].area.raw.coveredResidents) << followed[i].area.code;
        EXPECT_EQ(followed[i].points, loaded[i].points);
        EXPECT_EQ(followed[i].capacity, loaded[i].capacity);
    }
    const CoverageTableRow* row = rowOf(followed, code);
    EXPECT_GE(row->points, 1);
    EXPECT_GE(*row->capacity, 150);

    ASSERT_TRUE(removeResiliencePoint(app.db, point.id));
    app.care.pointRemoved(app, point.id);
    CareView again;
    again.setRadius(app, 3.0);
    EXPECT_DOUBLE_EQ(rowOf(app.care.table(app), code)->area.raw.coveredResidents,
                     rowOf(again.table(app), code)->area.raw.coveredResidents);
}

TEST(CareView, CsvShowsSmallCountsAsLessThanFive) {
    AppState app;
    test::openDefaultData(app);
    for (Language language : {Language::Dutch, Language::English}) {
        const auto lines = csvLines(coverageCsv(app, language));
        ASSERT_EQ(lines.size(), 343u);  // header + 342 municipalities
        const char delimiter = language == Language::Dutch ? ';' : ',';
        size_t suppressed = 0;
        for (size_t i = 1; i < lines.size(); ++i) {
            std::istringstream fields(lines[i]);
            std::vector<std::string> cells;
            for (std::string cell; std::getline(fields, cell, delimiter);) cells.push_back(cell);
            // Counts columns: residents, covered, uncovered, then 3 per group; never 0-4 as a number.
            for (size_t c = 2; c < cells.size(); ++c) {
                if (c == 5) continue;  // the percentage
                if (cells[c] == "<5") ++suppressed;
                const bool small = cells[c] == "0" || cells[c] == "1" || cells[c] == "2" || cells[c] == "3" || cells[c] == "4";
                if (c + 3 != cells.size()) EXPECT_FALSE(small) << lines[i] << " column " << c;  // not the point count
            }
        }
        EXPECT_GT(suppressed, 0u);
    }
}

TEST(CareStrings, TableInOrderAndBothLanguages) {
    for (size_t i = 0; i < static_cast<size_t>(ui::CareText::Count_); ++i) {
        const auto id = static_cast<ui::CareText>(i);
        EXPECT_STRNE(ui::translation(id, Language::Dutch), "") << i;
        EXPECT_STRNE(ui::translation(id, Language::English), "") << i;
    }
    for (const std::string& f : ui::resilienceFunctions()) EXPECT_STRNE(ui::functionLabel(f, Language::English), "?");
    for (const char* s : {"candidate", "planned", "active", "inactive"}) EXPECT_STRNE(ui::statusLabel(s, Language::Dutch), "?");
}
