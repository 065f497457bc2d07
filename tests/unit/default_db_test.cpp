// Checks the default database the page starts with: against the real CBS data it came from, and
// its fictitious example content for consistency, plausibility and reproducibility.
#include <gtest/gtest.h>

#include "test_support.h"

#include <fstream>
#include <set>
#include <sstream>

#include "core/areas.h"
#include "core/practice_fingerprint.h"
#include "core/schema.h"
#include "io/csv_reader.h"

#include "default_database.h"
#include "geo/projection.h"

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
    const std::string csv = test::readFile(std::string(WEERBAAR_CBS_DATA) + "/gemeenten_2025.csv");
    ASSERT_FALSE(csv.empty()) << "assets/cbs/gemeenten_2025.csv is missing";
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

// ---- the example content ----

namespace {

std::string assetsDir() { return std::string(WEERBAAR_SOURCE_DIR) + "/assets"; }

int64_t count(const Database& db, const std::string& sql) { return db.scalarInt(sql); }

}  // namespace

TEST(DefaultDatabaseExample, IsLabelledAsExample) {
    Database db = test::openDefaultDatabase();
    EXPECT_EQ(db.scalarText("SELECT value FROM meta WHERE key = 'example_content'"), "1");
    EXPECT_NE(db.scalarText("SELECT value FROM meta WHERE key = 'example_notice_nl'").find("Fictieve voorbeeldgegevens"),
              std::string::npos);
    EXPECT_NE(db.scalarText("SELECT value FROM meta WHERE key = 'example_notice_en'").find("Fictitious"), std::string::npos);
    EXPECT_EQ(db.scalarText("SELECT value FROM meta WHERE key = 'example_as_of'"), "2025-11-01");
    for (const char* table : {"action_list", "scenario", "organisation", "practice", "cost", "facility"}) {
        EXPECT_EQ(count(db, std::string("SELECT count(*) FROM ") + table + " WHERE is_example = 0"), 0) << table;
    }
    EXPECT_EQ(count(db, "SELECT count(*) FROM indicator WHERE is_example = 1 AND source = 'fictieve voorbeeldgegevens' "
                        "AND is_count_of_people = 1"),
              8);
}

TEST(DefaultDatabaseExample, HasTheDesignedCounts) {
    Database db = test::openDefaultDatabase();
    EXPECT_EQ(count(db, "SELECT count(*) FROM action_list"), 2);
    EXPECT_EQ(count(db, "SELECT count(*) FROM measure m JOIN action_list l ON l.id = m.list_id "
                        "WHERE l.for_level = 'municipality'"), 41);
    EXPECT_EQ(count(db, "SELECT count(*) FROM measure m JOIN action_list l ON l.id = m.list_id "
                        "WHERE l.for_level = 'safety_region'"), 18);
    EXPECT_EQ(count(db, "SELECT count(*) FROM assignment WHERE board = 'VNG'"), 7);
    EXPECT_EQ(count(db, "SELECT count(*) FROM assignment WHERE board = 'Veiligheidsberaad'"), 7);
    EXPECT_EQ(count(db, "SELECT count(DISTINCT assignment_id) FROM assignment_measure"), 14);
    EXPECT_EQ(count(db, "SELECT count(*) FROM scenario"), 7);
    EXPECT_EQ(db.scalarText("SELECT theme FROM scenario WHERE code = 'STROOM'"), "vital_infrastructure");
    EXPECT_EQ(count(db, "SELECT count(*) FROM scenario_effect WHERE scenario_id = (SELECT id FROM scenario "
                        "WHERE code = 'STROOM')"), 8 * 3);
    EXPECT_EQ(count(db, "SELECT count(*) FROM practice"), 40);
    EXPECT_EQ(count(db, "SELECT count(*) FROM practice p WHERE NOT EXISTS (SELECT 1 FROM practice_measure m "
                        "WHERE m.practice_id = p.id)"), 0);

    // Fire stations: about 960 in reality; local points a few per municipality.
    const int64_t fireStations = count(db, "SELECT count(*) FROM facility WHERE kind = 'fire_station'");
    EXPECT_GT(fireStations, 800);
    EXPECT_LT(fireStations, 1100);
    const int64_t localPoints = count(db, "SELECT count(*) FROM facility WHERE kind = 'resilience_point'");
    EXPECT_GT(localPoints, 700);
    EXPECT_EQ(count(db, "SELECT count(*) FROM resilience_point"), fireStations + localPoints);
    EXPECT_EQ(count(db, "SELECT count(*) FROM resilience_point r WHERE NOT EXISTS (SELECT 1 FROM "
                        "resilience_point_function f WHERE f.facility_id = r.facility_id)"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM facility_rtree"), count(db, "SELECT count(*) FROM facility"));
    EXPECT_EQ(count(db, "SELECT count(DISTINCT category) FROM facility WHERE kind = 'vulnerable_object'"), 8);

    // Every municipality has progress, points, a fire station, organisations and vulnerability figures.
    for (const char* sql : {
             "SELECT count(DISTINCT area_code) FROM measure_status WHERE area_code LIKE 'GM%'",
             "SELECT count(DISTINCT area_code) FROM facility WHERE kind = 'resilience_point'",
             "SELECT count(DISTINCT area_code) FROM facility WHERE kind = 'fire_station'",
             "SELECT count(DISTINCT area_code) FROM organisation_reach",
             "SELECT count(*) FROM indicator_value v JOIN area a ON a.code = v.area_code "
             "WHERE v.indicator_id = 'home_ventilation' AND a.level = 'municipality'",
         }) {
        EXPECT_EQ(count(db, sql), 342) << sql;
    }
    EXPECT_EQ(count(db, "SELECT count(DISTINCT area_code) FROM measure_status WHERE area_code LIKE 'VR%'"), 25);
    EXPECT_EQ(count(db, "SELECT count(*) FROM organisation WHERE type = 'red_cross'"), 25);

    // Money: about EUR 70M a year nationally from 2027, and regional shares below it.
    EXPECT_EQ(count(db, "SELECT amount_eur FROM budget WHERE scope_code = 'NL01' AND year = 2027"), 70000000);
    EXPECT_EQ(count(db, "SELECT count(*) FROM budget WHERE scope_code LIKE 'VR%' AND year = 2027"), 25);
    EXPECT_LT(count(db, "SELECT sum(amount_eur) FROM budget WHERE scope_code LIKE 'VR%' AND year = 2027"), 70000000);
    EXPECT_EQ(count(db, "SELECT count(*) FROM cost WHERE year NOT BETWEEN 2025 AND 2027"), 0);
    EXPECT_GT(count(db, "SELECT count(*) FROM cost WHERE one_off_eur > 0"), 0);
    EXPECT_GT(count(db, "SELECT count(*) FROM cost WHERE yearly_eur > 0"), 0);
}

TEST(DefaultDatabaseExample, AreaKeyedRowsReferenceAreasOfTheRightYear) {
    Database db = test::openDefaultDatabase();
    const std::pair<const char*, const char*> keyed[] = {
        {"measure_status", "area_code, area_year"},   {"scenario_action", "area_code, area_year"},
        {"facility", "area_code, area_year"},         {"organisation_reach", "area_code, area_year"},
        {"cost", "area_code, area_year"},             {"indicator_value", "area_code, area_year"},
        {"practice", "owner_area_code, owner_area_year"},
    };
    for (const auto& [table, columns] : keyed) {
        const std::string sql = std::string("SELECT count(*) FROM ") + table + " WHERE (" + columns +
                                ") NOT IN (SELECT code, year FROM area WHERE year = 2025)";
        EXPECT_EQ(count(db, sql), 0) << table;
    }
    EXPECT_EQ(count(db, "SELECT count(*) FROM budget WHERE scope_code NOT IN (SELECT code FROM area)"), 0);
}

TEST(DefaultDatabaseExample, StatusesCostsAndActionsUseTheListOfTheirAreaLevel) {
    Database db = test::openDefaultDatabase();
    for (const char* table : {"measure_status", "cost", "scenario_action"}) {
        const std::string sql = std::string("SELECT count(*) FROM ") + table +
                                " t JOIN measure m ON m.id = t.measure_id JOIN action_list l ON l.id = m.list_id "
                                "JOIN area a ON a.code = t.area_code AND a.year = t.area_year WHERE l.for_level <> a.level";
        EXPECT_EQ(count(db, sql), 0) << table;
    }
}

TEST(DefaultDatabaseExample, StatusHistoriesAreOrderedAndPlausible) {
    Database db = test::openDefaultDatabase();
    // Each history runs forward in time, within the two years before the as-of day.
    EXPECT_EQ(count(db, R"sql(SELECT count(*) FROM (
                  SELECT status_date, lag(status_date) OVER (PARTITION BY area_code, measure_id ORDER BY id) AS previous
                    FROM measure_status) WHERE status_date < previous)sql"),
              0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM measure_status WHERE status_date NOT BETWEEN '2023-11-01' AND '2025-11-01' "
                        "OR substr(changed_at, 1, 10) <> status_date"),
              0);
    // Histories with more than one change, some overdue work, some not applicable.
    EXPECT_GT(count(db, "SELECT count(*) FROM (SELECT 1 FROM measure_status GROUP BY area_code, measure_id "
                        "HAVING count(*) > 1)"),
              1000);
    EXPECT_GT(count(db, "SELECT count(*) FROM measure_status_current WHERE status IN ('not_started', 'in_progress') "
                        "AND due_date < '2025-11-01'"),
              100);
    EXPECT_GT(count(db, "SELECT count(*) FROM measure_status_current WHERE status = 'not_applicable'"), 50);
    EXPECT_EQ(count(db, "SELECT count(*) FROM measure_status WHERE owner = '' OR changed_by = ''"), 0);

    // Progress differs between regions, so the map shows something.
    Statement share = db.prepare(R"sql(
        SELECT a.parent_code, avg(s.status = 'done') FROM measure_status_current s
          JOIN area a ON a.code = s.area_code AND a.level = 'municipality' GROUP BY a.parent_code)sql");
    double lowest = 1, highest = 0;
    while (share.step()) {
        lowest = std::min(lowest, share.getDouble(1));
        highest = std::max(highest, share.getDouble(1));
    }
    EXPECT_GT(highest - lowest, 0.2);
}

TEST(DefaultDatabaseExample, LocationsLieNearTheirMunicipality) {
    Database db = test::openDefaultDatabase();
    Statement places = db.prepare("SELECT f.name, f.lon, f.lat, a.centroid_lon, a.centroid_lat FROM facility f "
                                  "JOIN area a ON a.code = f.area_code AND a.year = f.area_year");
    int checked = 0;
    while (places.step()) {
        ++checked;
        const double km = geo::groundDistanceKm({places.getDouble(1), places.getDouble(2)},
                                                {places.getDouble(3), places.getDouble(4)});
        ASSERT_LT(km, 15.0) << places.getText(0);
    }
    EXPECT_EQ(checked, count(db, "SELECT count(*) FROM facility"));
}

TEST(DefaultDatabaseExample, VulnerabilityCountsArePlausibleAndSomeAreSmall) {
    Database db = test::openDefaultDatabase();
    // Never more people in a group than live in the area, and sub-groups within their group.
    EXPECT_EQ(count(db, R"sql(SELECT count(*) FROM indicator_value v
                  JOIN indicator i ON i.id = v.indicator_id AND i.is_example = 1
                  JOIN indicator_value p ON p.indicator_id = 'population' AND p.area_code = v.area_code
                 WHERE v.value > p.value OR v.value < 0)sql"),
              0);
    EXPECT_EQ(count(db, R"sql(SELECT count(*) FROM indicator_value a JOIN indicator_value b
                  ON b.area_code = a.area_code AND b.indicator_id = 'residents_75_plus'
                 WHERE a.indicator_id IN ('residents_85_plus', 'residents_75_plus_alone') AND a.value > b.value)sql"),
              0);
    // Home ventilation: about 3,800 people nationally; small municipalities below 5 (suppressed when shown).
    const int64_t national = count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'home_ventilation' "
                                       "AND area_code = 'NL01'");
    EXPECT_GT(national, 3400);
    EXPECT_LT(national, 4200);
    EXPECT_GT(count(db, "SELECT count(*) FROM indicator_value v JOIN area a ON a.code = v.area_code "
                        "WHERE v.indicator_id = 'home_ventilation' AND a.level = 'municipality' AND v.value < 5"),
              20);
    // Regions and provinces hold the sums of their municipalities.
    EXPECT_EQ(count(db, "SELECT sum(value) FROM indicator_value WHERE indicator_id = 'wmo_users' AND area_code LIKE 'VR%'"),
              count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'wmo_users' AND area_code = 'NL01'"));
}

TEST(DefaultDatabaseExample, PracticesAreSearchableWithAndWithoutAccents) {
    Database db = test::openDefaultDatabase();
    Statement search = db.prepare("SELECT p.title FROM practice_fts f JOIN practice p ON p.id = f.rowid "
                                  "WHERE practice_fts MATCH ? ORDER BY p.id");
    for (const char* word : {"coördinatiepunt", "coordinatiepunt", "geëvacueerden", "geevacueerden"}) {
        search.reset();
        search.bind(1, word);
        ASSERT_TRUE(search.step()) << word;
    }
    // Stored fingerprints are the ones an import computes.
    Statement practices = db.prepare("SELECT title, owner_area_code, fingerprint FROM practice");
    while (practices.step()) {
        EXPECT_EQ(practices.getText(2), practiceFingerprint(practices.getText(0), practices.getText(1)));
    }
}

TEST(PracticeFingerprint, IgnoresCaseAccentsAndPunctuationButNotTheOwner) {
    EXPECT_EQ(normalisePracticeTitle("  Coördinatiepunt in de  Brandweerpost! "), "coordinatiepunt in de brandweerpost");
    EXPECT_EQ(practiceFingerprint("Coördinatiepunt in de brandweerpost", "VR06"),
              practiceFingerprint("coordinatiepunt in de  BRANDWEERPOST.", "VR06"));
    EXPECT_NE(practiceFingerprint("Coördinatiepunt in de brandweerpost", "VR06"),
              practiceFingerprint("Coördinatiepunt in de brandweerpost", "VR07"));
    EXPECT_EQ(practiceFingerprint("x", "").rfind("p1-", 0), 0u);
    EXPECT_EQ(practiceFingerprint("x", "").size(), 19u);
}

TEST(DefaultDatabaseExample, GeneratingTwiceGivesIdenticalBytes) {
    const auto first = tools::buildDefaultDatabase(assetsDir()).serialize();
    const auto second = tools::buildDefaultDatabase(assetsDir()).serialize();
    ASSERT_EQ(first.size(), second.size());
    EXPECT_TRUE(first == second);
    // And the database the build shipped is exactly what the assets give.
    const std::string shipped = test::readFile(WEERBAAR_DEFAULT_DB);
    EXPECT_TRUE(std::string(first.begin(), first.end()) == shipped);
}
