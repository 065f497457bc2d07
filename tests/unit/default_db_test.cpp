// Checks the default database the page starts with against the real CBS data it came from.
#include <gtest/gtest.h>

#include "test_support.h"

#include <fstream>
#include <set>
#include <sstream>

#include "core/areas.h"
#include "core/schema.h"
#include "io/csv_reader.h"

using namespace wb;

TEST(DefaultDatabase, HasTheDivisionOf2025) {
    Database db = test::openDefaultDatabase();
    EXPECT_EQ(db.scalarInt("PRAGMA user_version"), currentSchemaVersion());
    EXPECT_EQ(areasAtLevel(db, AreaLevel::Municipality, 2025).size(), 342u);
    EXPECT_EQ(areasAtLevel(db, AreaLevel::SafetyRegion, 2025).size(), 25u);
    EXPECT_EQ(areasAtLevel(db, AreaLevel::Province, 2025).size(), 12u);
    EXPECT_EQ(areasAtLevel(db, AreaLevel::Country, 2025).size(), 1u);
}

TEST(DefaultDatabase, MunicipalitiesMatchTheCbsFactsAndNestInRegionsAndProvinces) {
    Database db = test::openDefaultDatabase();
    const std::string csv = test::readFile(std::string(WEERBAAR_SHARED_DATA) + "/cbs/gemeenten_2025.csv");
    ASSERT_FALSE(csv.empty()) << "../shared/data is missing";
    CsvReader reader(csv);
    std::vector<std::string_view> f;
    reader.next(f);  // header
    int rows = 0;
    Statement area = db.prepare("SELECT name, parent_code FROM area WHERE code = ? AND year = 2025");
    Statement region = db.prepare("SELECT parent_code FROM area WHERE code = ? AND level = 'safety_region'");
    while (reader.next(f)) {
        ++rows;
        area.reset();
        area.bind(1, f[0]);
        ASSERT_TRUE(area.step()) << f[0];
        EXPECT_EQ(area.getTextView(0), f[1]);
        EXPECT_EQ(area.getTextView(1), f[2]);  // safety region
        region.reset();
        region.bind(1, f[2]);
        ASSERT_TRUE(region.step());
        EXPECT_EQ(region.getTextView(0), f[4]);  // province
    }
    EXPECT_EQ(rows, 342);
}

TEST(DefaultDatabase, PopulationAddsUpToTheCbsTotal) {
    Database db = test::openDefaultDatabase();
    // CBS 85984NED: 17,942,942 residents on 1 January 2024, summed over the 342 municipalities.
    EXPECT_EQ(db.scalarInt("SELECT sum(value) FROM indicator_value v JOIN area a ON a.code = v.area_code "
                           "WHERE indicator_id = 'population' AND a.level = 'municipality'"),
              17942942);
    EXPECT_EQ(db.scalarInt("SELECT value FROM indicator_value WHERE indicator_id = 'population' "
                           "AND area_code = 'NL01'"),
              17942942);
    const auto gms = areasAtLevel(db, AreaLevel::Municipality, 2025);
    const auto density = latestIndicatorValues(db, "population_density", gms);
    for (size_t i = 0; i < gms.size(); ++i) ASSERT_TRUE(density[i].has_value()) << gms[i].code;
    const auto info = indicatorInfo(db, "population_density");
    ASSERT_TRUE(info);
    EXPECT_EQ(info->nameNl, "Bevolkingsdichtheid");
}
