#include <gtest/gtest.h>

#include "test_support.h"

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "geo/mesh_picking.h"
#include "geo/projection.h"
#include "io/file_import.h"
#include "render/color_ramp.h"
#include "views/map_model.h"

using namespace wb;

namespace {

struct Fixture {
    Database db = test::openDefaultDatabase();
    AreaDirectory areas = AreaDirectory::load(db, 2025);
    MapModel map(const MapSettings& settings = {}) { return buildMap(db, areas, settings, 2025); }
};

}  // namespace

TEST(MapModel, TheDefaultDataShowsTheRealMunicipalities) {
    Fixture f;
    const MapModel model = f.map();
    EXPECT_EQ(model.shape, MapShape::Boundaries);  // the CBS / PDOK 2025 boundaries are in the default data
    EXPECT_TRUE(model.hasBoundaries && model.hasTiles);
    ASSERT_EQ(model.areas.size(), 342u);
    EXPECT_EQ(model.mesh.featureCount, 342u);
    EXPECT_GT(model.mesh.outlineIndices.size(), 10000u);
    // Amsterdam's centre (Dam square) lies in Amsterdam, Maastricht's in Maastricht.
    for (const auto& [code, lon, lat] : {std::tuple<const char*, double, double>{"GM0363", 4.8925, 52.3731},
                                         {"GM0935", 5.6909, 50.8514}}) {
        const auto picked = model.featureAt(geo::projectLonLat(lon, lat));
        ASSERT_TRUE(picked) << code;
        EXPECT_EQ(model.areas[*picked].code, code);
    }
    for (AreaLevel level : {AreaLevel::SafetyRegion, AreaLevel::Province}) {
        MapSettings settings;
        settings.level = level;
        const MapModel higher = f.map(settings);
        EXPECT_EQ(higher.shape, MapShape::Boundaries);
        EXPECT_EQ(higher.mesh.featureCount, level == AreaLevel::Province ? 12u : 25u);
    }
}

TEST(MapModel, OneTilePerMunicipalityPickableInside) {
    Fixture f;
    MapSettings settings;
    settings.shape = MapShape::Tiles;  // the hexagons, one click away from the boundaries
    const MapModel model = f.map(settings);
    EXPECT_EQ(model.shape, MapShape::Tiles);
    EXPECT_TRUE(model.hasBoundaries);  // not read for the hexagons, but the switch back is offered
    ASSERT_EQ(model.areas.size(), 342u);
    EXPECT_EQ(model.mesh.featureCount, 342u);
    for (size_t i = 0; i < model.areas.size(); ++i) {
        const auto inside = geo::pointInside(model.mesh, i);
        ASSERT_TRUE(inside);
        const auto picked = model.featureAt(*inside);
        ASSERT_TRUE(picked);
        EXPECT_EQ(*picked, i);
    }
    EXPECT_EQ(model.classes.classCount(), kDefaultClassCount);
}

TEST(AreaDirectory, KnowsRegionAndProvinceOfAMunicipality) {
    Fixture f;
    const Area* amsterdam = f.areas.find("GM0363");
    ASSERT_TRUE(amsterdam);
    ASSERT_TRUE(f.areas.ancestorAt(*amsterdam, AreaLevel::SafetyRegion));
    EXPECT_EQ(f.areas.ancestorAt(*amsterdam, AreaLevel::SafetyRegion)->name, "Amsterdam-Amstelland");
    EXPECT_EQ(f.areas.ancestorAt(*amsterdam, AreaLevel::Province)->name, "Noord-Holland");
    EXPECT_EQ(f.areas.ancestorAt(*amsterdam, AreaLevel::Municipality), amsterdam);
    EXPECT_EQ(f.areas.ancestorAt(*amsterdam, AreaLevel::District), nullptr);
    EXPECT_TRUE(f.areas.isInside(*amsterdam, "PV27"));
    EXPECT_TRUE(f.areas.isInside(*amsterdam, "GM0363"));
    EXPECT_FALSE(f.areas.isInside(*amsterdam, "VR01"));
    EXPECT_EQ(f.areas.children("VR01").size(), 10u);
    EXPECT_EQ(f.areas.atLevel(AreaLevel::SafetyRegion).size(), 25u);
    EXPECT_GT(f.areas.residents("GM0363").value_or(0), 900000);
}

TEST(MapModel, EveryLevelWithAreasCanBeShownAndLevelsFallBack) {
    Fixture f;
    EXPECT_EQ(mapLevels(f.areas),
              (std::vector<AreaLevel>{AreaLevel::Province, AreaLevel::SafetyRegion, AreaLevel::Municipality}));
    MapSettings settings;
    settings.level = AreaLevel::SafetyRegion;
    EXPECT_EQ(f.map(settings).areas.size(), 25u);
    settings.level = AreaLevel::Neighbourhood;  // none in the default data
    EXPECT_EQ(f.map(settings).settings.level, AreaLevel::Municipality);
    settings.level = AreaLevel::Province;
    settings.indicatorId = "no_such_indicator";
    const MapModel provinces = f.map(settings);
    EXPECT_EQ(provinces.areas.size(), 12u);
    EXPECT_EQ(provinces.indicator.id, "population_density");
}

TEST(MapModel, ImportedBoundariesAreDrawnAsPolygonsPickableAtTheirPlace) {
    Fixture f;
    f.db.exec("UPDATE area SET geometry = NULL");  // a database without boundaries, as before an import
    const std::string topo = test::readFile(std::string(WEERBAAR_CBS_DATA) + "/veiligheidsregio_2025.topojson");
    io::importFile(f.db, "veiligheidsregio_2025.topojson", topo, {});
    MapSettings settings;
    settings.level = AreaLevel::SafetyRegion;
    const MapModel regions = f.map(settings);
    EXPECT_EQ(regions.shape, MapShape::Boundaries);
    EXPECT_TRUE(regions.hasBoundaries && regions.hasTiles);
    EXPECT_GT(regions.mesh.outlineIndices.size(), 1000u);
    // The centroid of Groningen's municipality lies in safety region Groningen (VR01).
    const Area* groningen = f.areas.find("GM0014");
    const auto picked = regions.featureAt(geo::projectLonLat(groningen->centroidLon, groningen->centroidLat));
    ASSERT_TRUE(picked);
    EXPECT_EQ(regions.areas[*picked].code, "VR01");
    // Zoomed out (the country in a few hundred pixels) the map draws a coarser mesh of the same
    // regions; zoomed in to a street, every corner.
    MapModel drawn = regions;
    const int coarse = drawn.drawLevel(0.8);
    ASSERT_GT(coarse, 0);
    EXPECT_EQ(drawn.meshAtLevel(coarse).featureCount, regions.mesh.featureCount);
    EXPECT_LT(drawn.meshAtLevel(coarse).vertexCount(), regions.mesh.vertexCount());
    EXPECT_EQ(drawn.drawLevel(0.001), 0);
    EXPECT_EQ(&drawn.meshAtLevel(0), &drawn.mesh);
    settings.shape = MapShape::Tiles;
    const MapModel tiles = f.map(settings);
    EXPECT_EQ(tiles.shape, MapShape::Tiles);
    EXPECT_EQ(tiles.drawLevel(0.8), 0);  // hexagons have nothing to simplify
    // Municipalities have no boundaries yet: tiles.
    EXPECT_EQ(f.map().shape, MapShape::Tiles);
}

TEST(MapModel, ClassMethodsAndCountsAndSuppressedCountsAreHatched) {
    Fixture f;
    MapModel model = f.map();
    model.reclassify(ClassMethod::EqualIntervals, 5);
    EXPECT_EQ(model.classes.classCount(), 5);
    model.reclassify(ClassMethod::NaturalBreaks, 42);
    EXPECT_EQ(model.classes.classCount(), kMaxClassCount);
    model.showIndicator(f.db, "home_ventilation", f.areas);  // small counts in small municipalities
    ASSERT_TRUE(model.indicator.isCountOfPeople);
    ASSERT_TRUE(model.anySuppressed());
    const auto colours = model.featureColours(f.areas, "");
    for (size_t i = 0; i < model.areas.size(); ++i) {
        const bool hatched = (colours[i] >> 24) == kHatchAlpha;
        EXPECT_EQ(hatched, model.isSuppressed(i)) << model.areas[i].code;
    }
}

TEST(MapModel, DenseMunicipalitiesGetTheDarkestClassAndFocusFadesOthers) {
    Fixture f;
    const MapModel model = f.map();
    const auto colours = model.featureColours(f.areas, "");
    std::set<uint32_t> distinct(colours.begin(), colours.end());
    EXPECT_EQ(distinct.size(), static_cast<size_t>(kDefaultClassCount));
    const size_t denHaag = model.featureByCode.at("GM0518");
    EXPECT_EQ(colours[denHaag], render::packRgba(render::rampColour(kDefaultClassCount - 1, kDefaultClassCount)));
    const auto focused = model.featureColours(f.areas, "VR01");
    const size_t groningen = model.featureByCode.at("GM0014");
    EXPECT_EQ(focused[groningen], colours[groningen]);
    EXPECT_NE(focused[denHaag], colours[denHaag]);
}

#include <algorithm>

#include "io/csv_reader.h"
#include "views/map_export.h"

TEST(MapExport, FollowsTheSelectedRegionAndSuppressesSmallCounts) {
    Fixture fixture;
    MapSettings settings;
    settings.indicatorId = "population";
    MapModel model = fixture.map(settings);
    model.values[model.featureByCode.at("GM0014")] = model.counts[model.featureByCode.at("GM0014")] = 3.0;  // a tiny count
    const std::string text = mapFiguresCsv(model, fixture.areas, "VR01", Language::Dutch);
    CsvReader reader(text);
    std::vector<std::string_view> f;
    ASSERT_TRUE(reader.next(f));
    EXPECT_EQ(f[0], "CBS-code");
    EXPECT_EQ(f[4], "Inwoners (inwoners)");
    int rows = 0;
    while (reader.next(f)) {
        ++rows;
        EXPECT_EQ(f[2], "Groningen");  // every row is in safety region VR01
        if (f[0] == "GM0014") EXPECT_EQ(f[4], "<5");
    }
    EXPECT_EQ(rows, 10);
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 343 - 342 + 10);
}

TEST(MapModel, CountsAsRatesPerThousandResidentsAndValuesAroundZeroDiverge) {
    Fixture f;
    MapSettings settings;
    settings.indicatorId = "residents_75_plus";
    settings.perThousandResidents = true;
    MapModel model = f.map(settings);
    ASSERT_TRUE(model.showsRate());
    const size_t amsterdam = model.featureByCode.at("GM0363");
    const double expected = *model.counts[amsterdam] / *f.areas.residents("GM0363") * 1000;
    EXPECT_DOUBLE_EQ(*model.values[amsterdam], expected);
    EXPECT_GT(expected, 20);
    EXPECT_LT(expected, 150);
    EXPECT_EQ(model.ramp(), render::Ramp::Sequential);

    for (size_t i = 0; i < model.values.size(); ++i) model.values[i] = static_cast<double>(i % 21) - 10;
    model.reclassify(ClassMethod::Quantiles, 5);
    EXPECT_EQ(model.ramp(), render::Ramp::Diverging);
    ASSERT_TRUE(model.classes.midpoint);
    EXPECT_EQ(*model.classes.midpoint, 0.0);
    model.showRate(false, f.areas);
    EXPECT_EQ(model.values, model.counts);
}
