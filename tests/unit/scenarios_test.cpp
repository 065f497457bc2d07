// Scenarios: catalogue, effects per period, actions, the scenario x area matrix and the 72-hour view.
#include <gtest/gtest.h>

#include "test_support.h"

#include "core/scenarios.h"
#include "core/schema.h"
#include "io/stored_geometry.h"

using namespace wb;

TEST(Scenarios, PeriodsOfTheClock) {
    EXPECT_EQ(periodAtHour(0), EffectPeriod::First24Hours);
    EXPECT_EQ(periodAtHour(23.9), EffectPeriod::First24Hours);
    EXPECT_EQ(periodAtHour(24), EffectPeriod::Hours24To72);
    EXPECT_EQ(periodAtHour(72), EffectPeriod::After72Hours);
    EXPECT_EQ(toString(EffectPeriod::Hours24To72), "24_72h");
}

TEST(Scenarios, CatalogueAndEffectsOfTheDefaultDatabase) {
    Database db = test::openDefaultDatabase();
    const auto catalogue = scenarioCatalogue(db);
    ASSERT_EQ(catalogue.size(), 7u);
    EXPECT_EQ(catalogue.front().code, "STROOM");  // the long power outage leads
    const auto effects = scenarioEffects(db, catalogue.front().id);
    EXPECT_EQ(severityAt(effects, "electricity", 10), 3);
    EXPECT_EQ(severityAt(effects, "telecom", 30), 3);
    EXPECT_EQ(severityAt(effects, "no_such_sector", 30), 0);
    EXPECT_TRUE(powerOutAt(effects, 0));
    EXPECT_TRUE(powerOutAt(effects, 100));  // severity 2 after 72 hours still counts as out
    EXPECT_FALSE(powerOutAt(scenarioEffects(db, findScenario(db, "PANDEMIE")->id), 0));
}

TEST(Scenarios, ActionsAndTheMatrixOnAHandMadeDatabase) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec(R"sql(
        INSERT INTO area (code, year, level, name, parent_code) VALUES ('VR01', 2025, 'safety_region', 'R', NULL),
            ('GM0001', 2025, 'municipality', 'A', 'VR01'), ('GM0002', 2025, 'municipality', 'B', 'VR01'),
            ('GM0003', 2025, 'municipality', 'C', 'VR02');
        INSERT INTO action_list (id, name, for_level) VALUES (1, 'Gemeenten', 'municipality'), (2, 'Regio', 'safety_region');
        INSERT INTO measure (id, list_id, code, phase, topic, title_nl, title_en) VALUES
            (1, 1, 'G01', 'cold', 't', 'a', 'a'), (2, 1, 'G02', 'cold', 't', 'b', 'b'), (3, 2, 'R01', 'cold', 't', 'c', 'c');
        INSERT INTO scenario (id, code, theme, name_nl, name_en) VALUES (1, 'STROOM', 'vital_infrastructure', 'S', 'S'),
            (2, 'HITTE', 'climate_natural_disasters', 'H', 'H');
        INSERT INTO scenario_effect VALUES (1, 'electricity', '0_24h', 3, '');
    )sql");
    ScenarioAction action;
    action.scenarioId = 1;
    action.measureId = 1;
    action.areaCode = "GM0001";
    action.areaYear = 2025;
    action.description = "Noodsteunpunten openen";
    action.status = "done";
    addScenarioAction(db, action);
    action.measureId = 2;
    action.areaCode = "GM0003";
    action.status = "in_progress";
    const int64_t second = addScenarioAction(db, action);
    action.measureId = 3;  // a regional measure: does not count as expected of municipalities
    addScenarioAction(db, action);
    action.description = "";
    EXPECT_THROW(addScenarioAction(db, action), std::invalid_argument);
    EXPECT_THROW(setScenarioActionStatus(db, second, "someday"), std::invalid_argument);
    EXPECT_EQ(scenarioActions(db, 1, "GM0003").size(), 2u);
    EXPECT_EQ(scenarioActions(db, 1).size(), 3u);

    auto matrix = scenarioAreaMatrix(db, AreaLevel::Municipality, 2025);
    ASSERT_EQ(matrix.areas.size(), 3u);
    ASSERT_EQ(matrix.scenarios.front().code, "STROOM");
    const auto& a = matrix.cells[0][0];  // GM0001 x STROOM
    EXPECT_EQ(a.expected, 2);
    EXPECT_EQ(a.present, 1);
    EXPECT_EQ(a.done, 1);
    EXPECT_FALSE(a.missingPerspective());
    EXPECT_TRUE(matrix.cells[1][0].missingPerspective());  // GM0002 has nothing for STROOM
    EXPECT_EQ(matrix.cells[2][0].present, 1);
    EXPECT_EQ(matrix.cells[2][0].actions, 2);
    EXPECT_EQ(matrix.cells[0][1].expected, 0);  // HITTE: no actions anywhere
    matrix = scenarioAreaMatrix(db, AreaLevel::Municipality, 2025, "VR01");
    EXPECT_EQ(matrix.areas.size(), 2u);
    EXPECT_THROW(scenarioAreaMatrix(db, AreaLevel::Province, 2025), std::invalid_argument);
    EXPECT_TRUE(removeScenarioAction(db, second));
}

TEST(Scenarios, DefaultMatrixShowsMissingPerspective) {
    Database db = test::openDefaultDatabase();
    const auto matrix = scenarioAreaMatrix(db, AreaLevel::Municipality, 2025);
    ASSERT_EQ(matrix.areas.size(), 342u);
    int missing = 0;
    for (const auto& row : matrix.cells) for (const auto& cell : row) missing += cell.missingPerspective();
    EXPECT_GT(missing, 0);
    EXPECT_LT(missing, 342 * 7);
}

TEST(Scenarios, SeventyTwoHourViewOfAPowerOutage) {
    Database db = test::openDefaultDatabase();
    const auto scenario = *findScenario(db, "STROOM");
    CoverageSettings settings;
    settings.spread.cellsPerArea = 100;
    auto analysis = CoverageAnalysis::load(db, settings, io::storedBoundaries(db, settings.level, settings.year));
    PointQualification base;  // active points
    const auto first = scenarioHourView(db, scenario.id, 0, base, analysis);
    const auto later = scenarioHourView(db, scenario.id, 60, base, analysis);
    EXPECT_TRUE(first.powerOut);
    ASSERT_EQ(first.points.size(), later.points.size());
    size_t workingFirst = 0, workingLater = 0;
    for (size_t i = 0; i < first.points.size(); ++i) {
        workingFirst += first.points[i].works;
        workingLater += later.points[i].works;
        EXPECT_TRUE(first.points[i].stopsAtHour.has_value());
        if (later.points[i].works) EXPECT_GE(*later.points[i].stopsAtHour, 60);
    }
    EXPECT_GT(workingFirst, workingLater);
    EXPECT_LT(workingFirst, first.points.size());  // points without emergency power stop at once
    double uncoveredFirst = 0, uncoveredLater = 0;
    for (const auto& a : first.areas) uncoveredFirst += a.raw.uncoveredResidents;
    for (const auto& a : later.areas) uncoveredLater += a.raw.uncoveredResidents;
    EXPECT_GT(uncoveredLater, uncoveredFirst);

    // Electricity-dependent care is hit; the uncovered counts of small groups stay suppressed.
    size_t ventilation = 0;
    while (analysis.groups()[ventilation].id != "home_ventilation") ++ventilation;
    EXPECT_TRUE(first.groupHit[ventilation]);
    size_t suppressed = 0;
    for (const auto& a : later.areas) suppressed += a.groups[ventilation].uncovered.suppressed;
    EXPECT_GT(suppressed, 0u);
    // The same view without a power outage: no group hit, no stop hour.
    const auto pandemic = scenarioHourView(db, findScenario(db, "PANDEMIE")->id, 60, base, analysis);
    EXPECT_FALSE(pandemic.powerOut);
    EXPECT_FALSE(pandemic.points.front().stopsAtHour.has_value());
    EXPECT_EQ(pandemic.points.size(), first.points.size());
}
