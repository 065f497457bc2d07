// The 72-hour view model (views/outage_model.h) and the threat information sheet (views/threat_sheet.h)
// on a hand-made database whose figures can be checked by hand, and on the default database.
#include <gtest/gtest.h>

#include "test_support.h"

#include "views/outage_model.h"
#include "views/threat_sheet.h"
#include "core/schema.h"
#include "views/strings_scenarios.h"

using namespace wb;

namespace {

// Two municipalities far apart (small land-area discs, so a point at the centroid covers all of
// one), a power outage, and three points: one on emergency power for 48 hours, one without
// emergency power, one candidate (never counted).
Database handMadeDatabase() {
    Database db = Database::openMemory();
    migrate(db);
    db.exec(R"sql(
        INSERT INTO area (code, year, level, name, parent_code, centroid_lon, centroid_lat) VALUES
            ('NL01', 2025, 'country', 'Nederland', NULL, 5.5, 52.2),
            ('VR01', 2025, 'safety_region', 'Regio <Een>', 'NL01', 5.5, 52.2),
            ('GM0001', 2025, 'municipality', 'Aadorp', 'VR01', 5.0, 52.0),
            ('GM0002', 2025, 'municipality', 'Beedorp', 'VR01', 6.0, 52.5);
        INSERT INTO indicator (id, name_nl, name_en, unit_nl, unit_en, source, is_count_of_people, category) VALUES
            ('population', 'Inwoners', 'Residents', 'inwoners', 'residents', 'CBS', 1, 'general'),
            ('land_area', 'Land', 'Land', 'km2', 'km2', 'CBS', 0, 'general'),
            ('home_ventilation', 'Thuisbeademing', 'Home ventilation', 'inwoners', 'residents', 'x', 1, 'vulnerability'),
            ('residents_75_plus', '75+', '75+', 'inwoners', 'residents', 'x', 1, 'vulnerability');
        INSERT INTO indicator_value VALUES
            ('population', 'GM0001', 2025, 2025, 1000), ('population', 'GM0002', 2025, 2025, 1234),
            ('land_area', 'GM0001', 2025, 2025, 1), ('land_area', 'GM0002', 2025, 2025, 1),
            ('home_ventilation', 'GM0001', 2025, 2025, 3), ('home_ventilation', 'GM0002', 2025, 2025, 12),
            ('residents_75_plus', 'GM0001', 2025, 2025, 100), ('residents_75_plus', 'GM0002', 2025, 2025, 150);
        INSERT INTO facility (id, kind, category, name, lon, lat, area_code, area_year) VALUES
            (1, 'resilience_point', 'local_point', 'Dorpshuis A', 5.0, 52.0, 'GM0001', 2025),
            (2, 'resilience_point', 'local_point', 'Sporthal B', 6.0, 52.5, 'GM0002', 2025),
            (3, 'resilience_point', 'local_point', 'Kerk B', 6.0, 52.5, 'GM0002', 2025);
        INSERT INTO resilience_point (facility_id, point_type, status, has_emergency_power, autonomy_hours) VALUES
            (1, 'local', 'active', 1, 48), (2, 'local', 'active', 0, NULL), (3, 'local', 'candidate', 1, 100);
        INSERT INTO scenario (id, code, theme, name_nl, name_en) VALUES
            (1, 'STROOM', 'vital_infrastructure', 'Langdurige stroomuitval', 'Long power outage'),
            (2, 'HITTE', 'climate_natural_disasters', 'Hitte <b>', 'Heat');
        INSERT INTO scenario_effect VALUES (1, 'electricity', '0_24h', 3, 'net uit'), (1, 'electricity', '24_72h', 3, ''),
            (1, 'electricity', 'after_72h', 2, ''), (1, 'telecom', '0_24h', 2, 'mobiel valt weg'),
            (2, 'electricity', '0_24h', 0, '');
        INSERT INTO scenario_action (scenario_id, measure_id, area_code, area_year, description, status) VALUES
            (1, NULL, 'VR01', 2025, 'Regionale <crisis> communicatie', 'in_progress'),
            (1, NULL, 'GM0001', 2025, 'Noodsteunpunt openen', 'done');
    )sql");
    return db;
}

const OutageArea& row(const OutageView& view, const std::string& code) {
    for (const auto& a : view.areas) {
        if (a.code == code) return a;
    }
    throw std::runtime_error("no row " + code);
}

}  // namespace

TEST(OutageModel, PointsWorkWhileTheirAutonomyLasts) {
    Database db = handMadeDatabase();
    const AreaDirectory directory = AreaDirectory::load(db, 2025);
    OutageModel model;
    const OutageView& early = model.view(db, 0, directory, "STROOM", 10, "");
    EXPECT_TRUE(early.powerOut);
    ASSERT_EQ(early.points.size(), 2u);  // the candidate does not count
    EXPECT_EQ(early.workingPoints(), 1);
    EXPECT_EQ(row(early, "GM0001").workingPoints, 1);
    EXPECT_EQ(row(early, "GM0002").points, 1);
    EXPECT_EQ(row(early, "GM0002").workingPoints, 0);  // no emergency power: out at once
    // GM0001 is covered by its working point; GM0002 not at all.
    EXPECT_TRUE(row(early, "GM0001").uncovered.suppressed);
    EXPECT_EQ(row(early, "GM0002").uncovered.value, 1234);
    EXPECT_FALSE(row(early, "GM0002").uncovered.suppressed);
    // Only the electricity-dependent group is shown, and it is hit.
    ASSERT_EQ(early.groups.size(), 1u);
    EXPECT_EQ(early.groups[0].id, "home_ventilation");
    EXPECT_TRUE(early.groupHit[0]);
    EXPECT_TRUE(row(early, "GM0001").groupCounts[0].suppressed);  // 3 people
    EXPECT_EQ(row(early, "GM0002").groupCounts[0].value, 12);
    EXPECT_EQ(row(early, "GM0002").groupUncovered[0].value, 10);  // an estimate below 100: to 5

    const OutageView& late = model.view(db, 0, directory, "STROOM", 50, "");
    EXPECT_EQ(late.workingPoints(), 0);  // 48 hours of autonomy are over
    EXPECT_EQ(row(late, "GM0001").uncovered.value, 1000);
    EXPECT_EQ(late.total.uncovered.value, 2234);
    EXPECT_EQ(late.total.groupCounts[0].value, 15);
    EXPECT_EQ(late.total.groupUncovered[0].value, 15);
    EXPECT_EQ(late.total.points, 2);

    // Without a power outage every active point works and nobody is hit.
    const OutageView& heat = model.view(db, 0, directory, "HITTE", 50, "");
    EXPECT_FALSE(heat.powerOut);
    EXPECT_EQ(heat.workingPoints(), 2);
    EXPECT_FALSE(heat.groupHit[0]);
    EXPECT_TRUE(heat.total.uncovered.suppressed);
}

TEST(OutageModel, ScopeAndCacheFollowTheArguments) {
    Database db = handMadeDatabase();
    const AreaDirectory directory = AreaDirectory::load(db, 2025);
    OutageModel model;
    const OutageView& one = model.view(db, 0, directory, "", 10, "GM0002");
    EXPECT_EQ(one.scenario.code, "STROOM");  // empty: the first of the catalogue, the power outage
    ASSERT_EQ(one.areas.size(), 1u);
    EXPECT_EQ(one.points.size(), 1u);
    EXPECT_EQ(model.view(db, 0, directory, "STROOM", 10, "VR01").areas.size(), 2u);
    EXPECT_EQ(municipalitiesOf(directory, "").size(), 2u);
    EXPECT_EQ(municipalitiesOf(directory, "GM0001").front()->name, "Aadorp");

    // A point gains autonomy: after a change (changeCount) the model reads it again.
    db.exec("UPDATE resilience_point SET autonomy_hours = 96 WHERE facility_id = 1");
    EXPECT_EQ(model.view(db, 0, directory, "STROOM", 50, "").workingPoints(), 0);  // cached
    EXPECT_EQ(model.view(db, 1, directory, "STROOM", 50, "").workingPoints(), 1);
}

TEST(OutageModel, CsvSuppressesSmallCounts) {
    Database db = handMadeDatabase();
    const AreaDirectory directory = AreaDirectory::load(db, 2025);
    OutageModel model;
    const std::string nl = outageCsv(model.view(db, 0, directory, "STROOM", 10, ""), Language::Dutch);
    EXPECT_NE(nl.find("Aadorp;GM0001;Langdurige stroomuitval;10;1/1;1000;<5;<5;<5"), std::string::npos) << nl;
    EXPECT_NE(nl.find("Beedorp;GM0002;Langdurige stroomuitval;10;0/1;1234;1234;12;10"), std::string::npos) << nl;
    EXPECT_NE(nl.find("Totaal;"), std::string::npos);
    const std::string en = outageCsv(model.view(db, 0, directory, "STROOM", 10, ""), Language::English);
    EXPECT_NE(en.find("Residents not covered"), std::string::npos);
    EXPECT_NE(en.find(",<5,"), std::string::npos);
}

TEST(OutageModel, DefaultDatabaseNothingWorksAfterTheLongestAutonomy) {
    Database db = test::openDefaultDatabase();
    const AreaDirectory directory = AreaDirectory::load(db, 2025);
    OutageModel model;
    const OutageView& view = model.view(db, 0, directory, "STROOM", OutageModel::kAfter72Hours, "");
    EXPECT_EQ(view.areas.size(), 342u);
    EXPECT_EQ(view.workingPoints(), 0);  // active points have at most 72 hours of autonomy
    size_t suppressed = 0;
    for (const auto& a : view.areas) {
        EXPECT_DOUBLE_EQ(a.uncoveredRaw, a.residentsRaw) << a.code;
        for (const auto& g : a.groupUncovered) suppressed += g.suppressed;
    }
    EXPECT_GT(suppressed, 0u);
    const OutageView& day = model.view(db, 0, directory, "STROOM", 24, "VR09");
    EXPECT_GT(day.workingPoints(), 0);
    EXPECT_LT(day.total.uncoveredRaw, day.total.residentsRaw);
}

TEST(ThreatSheet, PrintableEscapedAndComplete) {
    Database db = handMadeDatabase();
    const AreaDirectory directory = AreaDirectory::load(db, 2025);
    const std::string html = threatSheetHtml(db, directory, "GM0002", Language::Dutch, "2025-11-01");
    EXPECT_EQ(html.rfind("<!doctype html>", 0), 0u);
    EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
    EXPECT_NE(html.find("Regio &lt;Een&gt;"), std::string::npos);  // the region of GM0002, escaped
    EXPECT_EQ(html.find("<Een>"), std::string::npos);
    EXPECT_NE(html.find("Hitte &lt;b&gt;"), std::string::npos);
    EXPECT_NE(html.find("Regionale &lt;crisis&gt; communicatie"), std::string::npos);
    EXPECT_NE(html.find("uitgevallen: net uit"), std::string::npos);  // severity in words
    EXPECT_NE(html.find("ernstig: mobiel valt weg"), std::string::npos);
    EXPECT_NE(html.find(">bezig<"), std::string::npos);
    EXPECT_NE(html.find(">ontbreekt<"), std::string::npos);  // Beedorp has no action for STROOM
    EXPECT_NE(html.find("01-11-2025"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    const std::string en = threatSheetHtml(db, directory, "VR01", Language::English, "2025-11-01");
    EXPECT_NE(en.find("lang=\"en\""), std::string::npos);
    EXPECT_NE(en.find("failed: net uit"), std::string::npos);
    EXPECT_THROW(threatSheetHtml(db, directory, "NL01", Language::Dutch, "2025-11-01"), std::invalid_argument);
    EXPECT_THROW(threatSheetHtml(db, directory, "XX", Language::Dutch, "2025-11-01"), std::invalid_argument);
    EXPECT_EQ(threatSheetFileName(*directory.find("VR01"), Language::Dutch), "dreigingsinformatie-VR01.html");
}

TEST(ScenarioStrings, TableInEnumOrderAndComplete) {
    EXPECT_TRUE(ui::scenarioTableIsInEnumOrder());
    for (size_t i = 0; i < ui::kScenarioTextCount; ++i) {
        const auto id = static_cast<ui::ScenarioText>(i);
        EXPECT_STRNE(ui::translation(id, Language::Dutch), "") << i;
        EXPECT_STRNE(ui::translation(id, Language::English), "") << i;
    }
    EXPECT_EQ(ui::sectorLabel("drinking_water", Language::Dutch), "Drinkwater");
    EXPECT_EQ(ui::themeLabel("cyber", Language::English), "Cyber threats");
    EXPECT_EQ(ui::offerLabel("unknown_key", Language::Dutch), "unknown_key");
}

TEST(OutageModel, CountsCoverageWithinTheDistanceAsked) {
    Database db = handMadeDatabase();
    const AreaDirectory directory = AreaDirectory::load(db, 2025);
    OutageModel model;
    // GM0001: 1,000 residents on a 1 km2 disc around its working point. Within 0.25 km of the
    // point lies pi * 0.25^2 = 0.196 km2 of it: about 804 residents are not covered.
    const double near = row(model.view(db, 0, directory, "STROOM", 10, "", 0.25), "GM0001").uncovered.value;
    EXPECT_GT(near, 760);
    EXPECT_LT(near, 850);
    // Asking with the default distance again is not answered from the cache of the other one.
    EXPECT_TRUE(row(model.view(db, 0, directory, "STROOM", 10, ""), "GM0001").uncovered.suppressed);
}
