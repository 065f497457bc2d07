#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "views/point_layers.h"
#include "core/area_directory.h"
#include "geo/projection.h"
#include "test_support.h"

using namespace wb;

namespace {

PointLayers loadDefault() {
    PointLayers layers;
    layers.load(test::openDefaultDatabase());
    return layers;
}

size_t countOfCategory(const PointLayers& layers, const std::string& key) {
    return static_cast<size_t>(std::count_if(layers.facilities().begin(), layers.facilities().end(), [&](const Facility& f) {
        return layers.categories()[static_cast<size_t>(f.category)].key == key;
    }));
}

// A view of the whole country, 1280 x 800 CSS pixels, as the dashboard fits it.
geo::MapView countryView() {
    geo::MapView view;
    view.setViewport({1280, 800});
    view.fit(geo::projectLonLat(3.3, 50.7), geo::projectLonLat(7.3, 53.6));
    return view;
}

size_t clusterCount(const PointLayers& layers, PointLayerId id) { return layers.clustering(id).clusters.size(); }

}  // namespace

TEST(PointLayers, LoadsEveryLayerAndCategoryFromTheDefaultDatabase) {
    const PointLayers layers = loadDefault();
    // docs/schema.md: ~1,900 vulnerable objects in 8 categories, ~900 local points, ~950 fire stations.
    EXPECT_GT(layers.members(PointLayerId::VulnerableObjects).size(), 1500u);
    EXPECT_GT(layers.members(PointLayerId::ResiliencePoints).size(), 700u);
    EXPECT_GT(layers.members(PointLayerId::FireStations).size(), 700u);
    for (const char* key : {"hospital", "nursing_home", "primary_school", "childcare", "day_care_disabilities", "prison",
                            "hotel", "holiday_park"}) {
        EXPECT_GT(countOfCategory(layers, key), 0u) << key;
    }
    // Every member belongs to its layer's categories; every category has a label in both languages.
    for (PointLayerId id : kPointLayers) {
        for (uint32_t i : layers.members(id)) {
            EXPECT_EQ(layers.categories()[static_cast<size_t>(layers.facilities()[i].category)].layer, id);
        }
    }
    EXPECT_EQ(layers.categoryLabel(0, Language::Dutch), "Ziekenhuis");
    EXPECT_EQ(layers.categoryLabel(0, Language::English), "Hospital");
}

TEST(PointLayers, CategoriesOfALayerDifferInShape) {
    const PointLayers layers = loadDefault();
    std::set<int> shapes;
    for (const PointCategory& c : layers.categories()) shapes.insert(static_cast<int>(c.shape));
    // Told apart without colour vision: every known category has a shape of its own.
    EXPECT_EQ(shapes.size(), layers.categories().size());
}

TEST(PointLayers, FacilitiesAreProjectedIntoTheNetherlands) {
    const PointLayers layers = loadDefault();
    for (const Facility& f : layers.facilities()) {
        // RD New spans about -140..+125 km east and -160..+160 km north of Amersfoort over the land.
        EXPECT_TRUE(f.km.x > -160 && f.km.x < 140 && f.km.y > -170 && f.km.y < 170) << f.name;
    }
    // Resilience attributes come with the resilience points and fire stations.
    const Facility& point = layers.facilities()[layers.members(PointLayerId::ResiliencePoints).front()];
    ASSERT_TRUE(point.resilience);
    EXPECT_FALSE(point.resilience->status.empty());
    EXPECT_FALSE(point.resilience->functions.empty());
    EXPECT_FALSE(layers.facilities()[layers.members(PointLayerId::VulnerableObjects).front()].resilience);
}

TEST(PointLayers, ClustersVisibleLayersMoreWhenZoomedOut) {
    PointLayers layers = loadDefault();
    layers.clusterFor(1.0);
    EXPECT_EQ(clusterCount(layers, PointLayerId::FireStations), 0u);  // not visible: nothing clustered
    layers.setVisible(PointLayerId::FireStations, true);
    const long before = layers.symbolsVersion();
    layers.clusterFor(1.0);
    EXPECT_GT(layers.symbolsVersion(), before);
    const size_t countryWide = clusterCount(layers, PointLayerId::FireStations);
    layers.clusterFor(0.01);
    const size_t street = clusterCount(layers, PointLayerId::FireStations);
    EXPECT_LT(countryWide, street);
    EXPECT_GT(countryWide, 20u);
    // At street level (a 0.36 km cell) only stations a few hundred metres apart still share a symbol.
    EXPECT_GT(street, layers.members(PointLayerId::FireStations).size() * 99 / 100);
    // The same scale again changes nothing (called every frame).
    const long now = layers.symbolsVersion();
    layers.clusterFor(0.01);
    EXPECT_EQ(layers.symbolsVersion(), now);
    // Counts add up to the layer.
    layers.clusterFor(2.0);
    uint32_t total = 0;
    for (const auto& c : layers.clustering(PointLayerId::FireStations).clusters) total += c.count;
    EXPECT_EQ(total, layers.members(PointLayerId::FireStations).size());
}

TEST(PointLayers, ClusterSymbolsGrowWithTheCount) {
    EXPECT_EQ(clusterSymbolSize(1), kSymbolSizePixels);
    EXPECT_GT(clusterSymbolSize(2), clusterSymbolSize(1));
    EXPECT_GT(clusterSymbolSize(100), clusterSymbolSize(10));
    EXPECT_LT(clusterSymbolSize(1000), 5 * kSymbolSizePixels);
}

TEST(PointLayers, HitTestFindsTheSymbolUnderThePointerInScreenPixels) {
    PointLayers layers = loadDefault();
    const geo::MapView view = countryView();
    layers.setVisible(PointLayerId::ResiliencePoints, true);
    layers.setVisible(PointLayerId::VulnerableObjects, true);
    layers.clusterFor(view.kmPerPixel());
    const auto& clusters = layers.clustering(PointLayerId::ResiliencePoints).clusters;
    ASSERT_FALSE(clusters.empty());
    const glm::dvec2 at = view.worldToScreen(clusters[0].centre);
    // Resilience points are drawn above vulnerable objects, so they win where both are.
    auto hit = layers.hitTest(view, at + glm::dvec2(2, -2));
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->layer, PointLayerId::ResiliencePoints);
    EXPECT_EQ(hit->cluster, 0u);
    // Just outside the symbol's disc: no longer this symbol.
    const double outside = clusterSymbolSize(clusters[0].count) * 0.5 + 3.0;
    hit = layers.hitTest(view, at + glm::dvec2(outside, 0));
    EXPECT_TRUE(!hit || hit->layer != PointLayerId::ResiliencePoints || hit->cluster != 0u);
    // The North Sea has no points.
    EXPECT_FALSE(layers.hitTest(view, view.worldToScreen(geo::projectLonLat(3.5, 53.4))));
    // Counts per category add up to the cluster's count; a lone point is its facility.
    const auto counts = layers.countsPerCategory({PointLayerId::ResiliencePoints, 0});
    EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), 0u), clusters[0].count);

    geo::MapView street = view;
    street.show(clusters[0].centre, 0.005);
    layers.clusterFor(street.kmPerPixel());
    const auto near = layers.hitTest(street, street.worldToScreen(layers.clustering(PointLayerId::ResiliencePoints).clusters[0].centre));
    ASSERT_TRUE(near);
    const auto facility = layers.singleFacility(*near);
    ASSERT_TRUE(facility);
    EXPECT_EQ(layers.facilities()[*facility].km, layers.clustering(PointLayerId::ResiliencePoints).clusters[near->cluster].centre);
}

TEST(PointLayers, HiddenLayersAreNeitherHitNorRinged) {
    PointLayers layers = loadDefault();
    const geo::MapView view = countryView();
    layers.clusterFor(view.kmPerPixel());
    const glm::dvec2 at = view.worldToScreen(layers.facilities()[layers.members(PointLayerId::FireStations)[0]].km);
    EXPECT_FALSE(layers.hitTest(view, at));
    layers.showCoverage = true;
    EXPECT_TRUE(layers.coverageCentres().empty());
    layers.setVisible(PointLayerId::ResiliencePoints, true);
    const auto centres = layers.coverageCentres();
    EXPECT_GT(centres.size(), 500u);
    EXPECT_LE(centres.size(), layers.members(PointLayerId::ResiliencePoints).size());  // inactive points left out
}

TEST(PointLayers, HeatPointsFollowTheChosenSource) {
    const Database db = test::openDefaultDatabase();
    PointLayers layers;
    layers.load(db);
    const MapModel map = buildMap(db, AreaDirectory::load(db, kDefaultDivisionYear), MapSettings{}, kDefaultDivisionYear);
    const auto sources = layers.heatSources();
    EXPECT_EQ(sources.size(), 3u + 8u + 1u);  // three layers, eight categories, the areas
    layers.heat.source = {HeatSource::Kind::Layer, static_cast<int>(PointLayerId::FireStations)};
    EXPECT_EQ(layers.heatPoints(map).positions.size(), layers.members(PointLayerId::FireStations).size());
    const std::string fireStations = layers.heatPointsKey(map);
    layers.heat.source = {HeatSource::Kind::Category, 0};  // hospitals
    const HeatPoints hospitals = layers.heatPoints(map);
    EXPECT_EQ(hospitals.positions.size(), countOfCategory(layers, "hospital"));
    EXPECT_EQ(hospitals.weights.size(), hospitals.positions.size());
    EXPECT_NE(layers.heatPointsKey(map), fireStations);
}

TEST(PointLayers, AreaCountsSpreadOverTheAreaKeepTheirTotal) {
    const Database db = test::openDefaultDatabase();
    MapSettings settings;
    settings.indicatorId = "residents_75_plus";
    const MapModel map = buildMap(db, AreaDirectory::load(db, kDefaultDivisionYear), settings, kDefaultDivisionYear);
    ASSERT_TRUE(PointLayers::areaCountsAvailable(map));
    const HeatPoints points = spreadAreaCounts(map);
    double spread = 0, counted = 0;
    for (double w : points.weights) spread += w;
    for (size_t f = 0; f < map.areas.size(); ++f) {
        if (map.counts[f] && !map.isSuppressed(f)) counted += *map.counts[f];
    }
    EXPECT_GT(points.positions.size(), map.areas.size());  // several points per area
    EXPECT_NEAR(spread, counted, counted * 1e-9);
    // Every point lies inside the mesh's bounds.
    for (const glm::dvec2& p : points.positions) {
        EXPECT_TRUE(p.x >= map.mesh.boundsMin.x && p.x <= map.mesh.boundsMax.x && p.y >= map.mesh.boundsMin.y &&
                    p.y <= map.mesh.boundsMax.y);
    }
    settings.indicatorId = "population_density";  // not a count: nothing to spread
    const MapModel density = buildMap(db, AreaDirectory::load(db, kDefaultDivisionYear), settings, kDefaultDivisionYear);
    EXPECT_FALSE(PointLayers::areaCountsAvailable(density));
}

TEST(PointLayers, TooltipsNameAPointOrCountACluster) {
    PointLayers layers = loadDefault();
    layers.setVisible(PointLayerId::ResiliencePoints, true);
    layers.clusterFor(0.001);  // every point alone
    const PointHit lone{PointLayerId::ResiliencePoints, 0};
    const Facility& f = layers.facilities()[*layers.singleFacility(lone)];
    const auto nl = layers.tooltipLines(lone, Language::Dutch);
    ASSERT_GE(nl.size(), 5u);
    EXPECT_EQ(nl[0], f.name);
    EXPECT_EQ(nl[1], "Lokaal noodsteunpunt");
    EXPECT_TRUE(std::any_of(nl.begin(), nl.end(), [](const std::string& l) { return l.rfind("Status: ", 0) == 0; }));
    EXPECT_TRUE(std::any_of(nl.begin(), nl.end(), [](const std::string& l) { return l.rfind("Functies: ", 0) == 0; }));
    const auto en = layers.tooltipLines(lone, Language::English);
    EXPECT_EQ(en[1], "Local resilience point");

    layers.setVisible(PointLayerId::VulnerableObjects, true);
    layers.clusterFor(5.0);  // the whole country in a few cells
    const auto& clusters = layers.clustering(PointLayerId::VulnerableObjects).clusters;
    const auto biggest = std::max_element(clusters.begin(), clusters.end(),
                                          [](const auto& a, const auto& b) { return a.count < b.count; });
    const PointHit cluster{PointLayerId::VulnerableObjects, static_cast<uint32_t>(biggest - clusters.begin())};
    const auto lines = layers.tooltipLines(cluster, Language::English);
    EXPECT_EQ(lines[0], std::to_string(biggest->count) + " points");
    EXPECT_GT(lines.size(), 3u);  // several categories in a big cluster
}
