#include <gtest/gtest.h>

#include "test_support.h"

#include <fstream>
#include <set>
#include <sstream>

#include "app/map_model.h"

using namespace wb;

TEST(MapModel, OneTilePerMunicipalityPickableAtItsCentre) {
    const Database db = test::openDefaultDatabase();
    const MapModel model = buildMunicipalityTileMap(db, "population_density", 2025);
    ASSERT_EQ(model.areas.size(), 342u);
    EXPECT_EQ(model.mesh.featureCount, 342u);
    for (size_t i = 0; i < model.areas.size(); ++i) {
        const auto picked = model.featureAt(model.layout.grid.centre(model.layout.cells[i]));
        ASSERT_TRUE(picked);
        EXPECT_EQ(*picked, i);
    }
    EXPECT_EQ(model.classes.classCount(), kDefaultClassCount);
}

TEST(MapModel, KnowsRegionAndProvinceOfAMunicipality) {
    const Database db = test::openDefaultDatabase();
    const MapModel model = buildMunicipalityTileMap(db, "population_density", 2025);
    const Area& amsterdam = model.areas[model.featureByCode.at("GM0363")];
    ASSERT_TRUE(model.regionOf(amsterdam));
    EXPECT_EQ(model.regionOf(amsterdam)->name, "Amsterdam-Amstelland");
    EXPECT_EQ(model.provinceOf(amsterdam)->name, "Noord-Holland");
    EXPECT_TRUE(model.isInside(amsterdam, "PV27"));
    EXPECT_FALSE(model.isInside(amsterdam, "VR01"));
}

TEST(MapModel, DenseMunicipalitiesGetTheDarkestClassAndFocusFadesOthers) {
    const Database db = test::openDefaultDatabase();
    const MapModel model = buildMunicipalityTileMap(db, "population_density", 2025);
    const auto colours = model.featureColours("");
    std::set<uint32_t> distinct(colours.begin(), colours.end());
    EXPECT_EQ(distinct.size(), static_cast<size_t>(kDefaultClassCount));
    const size_t denHaag = model.featureByCode.at("GM0518");
    EXPECT_EQ(colours[denHaag], render::packRgba(render::rampColour(kDefaultClassCount - 1, kDefaultClassCount)));
    const auto focused = model.featureColours("VR01");
    const size_t groningen = model.featureByCode.at("GM0014");
    EXPECT_EQ(focused[groningen], colours[groningen]);
    EXPECT_NE(focused[denHaag], colours[denHaag]);
}

#include <algorithm>

#include "app/map_export.h"
#include "io/csv_reader.h"

TEST(MapExport, FollowsTheSelectedRegionAndSuppressesSmallCounts) {
    const Database db = test::openDefaultDatabase();
    MapModel model = buildMunicipalityTileMap(db, "population", 2025);
    model.values[model.featureByCode.at("GM0014")] = 3.0;  // pretend a tiny count
    const std::string text = mapFiguresCsv(model, "VR01", Language::Dutch);
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
