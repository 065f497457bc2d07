#include <gtest/gtest.h>

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/schema.h"
#include "io/csv_columns.h"
#include "io/import_error.h"
#include "io/file_import.h"
#include "io/indicator_import.h"

using namespace wb;
using namespace wb::io;

namespace {


ImportResult importText(Database& db, const std::string& text, int defaultPeriod = 2024) {
    ImportOptions options;
    options.defaultPeriod = defaultPeriod;
    return importFile(db, "test.csv", text, options);
}

// The database's content as one comparable string (for "left exactly as it was").
std::string snapshot(const Database& db) {
    const auto bytes = db.serialize();
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace

TEST(CsvColumns, RecognisesCodesPeriodsAndMissingValues) {
    EXPECT_EQ(findCbsCode("GM0014"), "GM0014");
    EXPECT_EQ(findCbsCode("  GM0014  "), "GM0014");
    EXPECT_EQ(findCbsCode("Groningen (GM0014)"), "GM0014");
    EXPECT_EQ(findCbsCode("BU00140000"), "BU00140000");
    EXPECT_EQ(findCbsCode("GM00141"), "");
    EXPECT_EQ(findCbsCode("XGM0014"), "");
    EXPECT_EQ(parsePeriodYear("2024JJ00"), 2024);
    EXPECT_EQ(parsePeriodYear("2024-01-01"), 2024);
    EXPECT_EQ(parsePeriodYear("20245"), 0);
    EXPECT_TRUE(isMissingValue(" . "));
    EXPECT_EQ(indicatorIdFromHeader("AantalInwoners_5"), "aantalinwoners");
    EXPECT_EQ(indicatorIdFromHeader("Inwoners 75+ (aantal)"), "inwoners_75_aantal");
}

TEST(CsvColumns, ReadsAStatLineExportLayout) {
    const std::string text =
        "\"ID\";\"WijkenEnBuurten\";\"Gemeentenaam_1\";\"SoortRegio_2\";\"Codering_3\";\"AantalInwoners_5\";\"Dichtheid_34\"\n"
        "\"1\";\"Groningen\";\"Groningen\";\"Gemeente\";\"GM0014    \";\"245000\";\"1240,5\"\n";
    const CsvLayout layout = inspectCsv(text);
    EXPECT_EQ(layout.delimiter, ';');
    EXPECT_EQ(layout.decimal, ',');
    EXPECT_EQ(layout.columnWith(ColumnRole::AreaCode), 4);
    EXPECT_EQ(layout.roles[0], ColumnRole::Ignore);
    EXPECT_EQ(layout.roles[5], ColumnRole::IndicatorValues);
    EXPECT_EQ(layout.roles[6], ColumnRole::IndicatorValues);
    EXPECT_TRUE(layout.isComplete());
}

TEST(IndicatorImport, WideStatLineFileFromRealCbsData) {
    // A StatLine-style export (';', decimal comma, padded codes) made from the real CBS 85984NED data.
    const auto kwb = nlohmann::json::parse(test::readFile(std::string(WEERBAAR_CBS_DATA) +
                                                    "/kwb2024/stripped_filtered_data_2024.json"));
    std::string text = "ID;Codering_3;Perioden;AantalInwoners_5;Bevolkingsdichtheid_34;Aandeel_vrouwen\n";
    int id = 0;
    double women = 0;
    for (const auto& [code, row] : kwb.items()) {
        if (code.rfind("GM", 0) != 0) continue;
        const double share = row["Vrouwen_7"].get<double>() / row["AantalInwoners_5"].get<double>() * 100.0;
        women += share;
        char shareText[32];
        std::snprintf(shareText, sizeof shareText, "%.3f", share);
        std::string comma = shareText;
        comma[comma.find('.')] = ',';
        text += std::to_string(++id) + ";" + code + "    ;2024JJ00;" + std::to_string(row["AantalInwoners_5"].get<long>()) +
                ";" + std::to_string(row["Bevolkingsdichtheid_34"].get<long>()) + ";" + comma + "\n";
    }
    Database db = test::openDefaultDatabase();
    const ImportResult r = importText(db, text);
    EXPECT_EQ(r.rows, 342 * 3);
    EXPECT_EQ(r.indicators, (std::vector<std::string>{"aandeel_vrouwen", "aantalinwoners", "bevolkingsdichtheid"}));
    EXPECT_EQ(db.scalarInt("SELECT sum(value) FROM indicator_value WHERE indicator_id = 'aantalinwoners'"), 17942942);
    EXPECT_NEAR(db.prepare("SELECT sum(value) FROM indicator_value WHERE indicator_id = 'aandeel_vrouwen'").step()
                    ? db.scalarInt("SELECT round(sum(value) * 1000) FROM indicator_value WHERE indicator_id = 'aandeel_vrouwen'") / 1000.0
                    : 0,
                women, 0.5);
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM import_log"), 1);
}

TEST(IndicatorImport, LongFormatWithNamesInsteadOfCodes) {
    Database db = test::openDefaultDatabase();
    const ImportResult r = importText(db,
                                      "Regio's,indicator,jaar,waarde\n"
                                      "Groningen,Wmo-cliënten,2024,12345\n"
                                      "Amsterdam,Wmo-cliënten,2024,54321\n"
                                      "Súdwest-Fryslân,Wmo-cliënten,2023,\n");
    EXPECT_EQ(r.rows, 3);
    // "Groningen" is a province, a region and a municipality; the file's other names are
    // municipalities, so the municipality is meant.
    EXPECT_EQ(db.scalarText("SELECT area_code FROM indicator_value WHERE value = 12345"), "GM0014");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'wmo_clienten' AND value IS NULL"), 1);
}

TEST(IndicatorImport, BadRowsLeaveTheDatabaseExactlyAsItWas) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    struct Case {
        const char* text;
        const char* message;
    } cases[] = {
        {"code,jaar,inwoners\nGM0014,2024,10\nGM9999,2024,5\n", "line 3: unknown area code GM9999"},
        {"code,jaar,inwoners\nGM0014,2024,10\nGM0034,2024,11\nGM0037,2024,12\nGM0047,2024,1O\n",
         "line 5, column 'inwoners': '1O' is not a number"},
        {"code,jaar,inwoners\nGM0014,20x4,10\n", "line 2: '20x4' is not a period (expected a year such as 2024 or 2024JJ00)"},
        {"code,jaar,inwoners\nGM0014,2024,10\nGM0034,2024\n", "line 3: expected 3 fields, found 2"},
        {"code,jaar,inwoners\nGM0014,2024,\"10\n", "line 2: a quoted field is never closed"},
        {"a,b\nx,y\n", "the columns were not recognised: choose the area column and the value columns"},
    };
    for (const auto& c : cases) {
        try {
            importText(db, c.text);
            ADD_FAILURE() << "no error for: " << c.text;
        } catch (const ImportError& e) {
            EXPECT_STREQ(e.what(), c.message);
        }
        EXPECT_EQ(snapshot(db), before) << c.text;
    }
}

TEST(BoundaryImport, RealCbsTopoJsonFilesFillTheGeometryOfEveryArea) {
    Database db = test::openDefaultDatabase();
    for (const auto& [file, level, count] : std::vector<std::tuple<std::string, std::string, int>>{
             {"gemeente_2025.topojson", "municipality", 342},
             {"provincie_2025.topojson", "province", 12},
             {"veiligheidsregio_2025.topojson", "safety_region", 25}}) {
        const ImportResult r = importFile(db, file, test::readFile(std::string(WEERBAAR_CBS_DATA) + "/" + file), {});
        EXPECT_EQ(r.rows, count) << file;
        Statement st = db.prepare("SELECT count(*) FROM area WHERE geometry IS NOT NULL AND level = ?");
        st.bind(1, level);
        st.step();
        EXPECT_EQ(st.getInt(0), count) << file;
    }
    const std::string type = db.scalarText("SELECT json_extract(geometry, '$.type') FROM area WHERE code = 'GM0014'");
    EXPECT_TRUE(type == "Polygon" || type == "MultiPolygon") << type;
    EXPECT_GT(db.scalarInt("SELECT count(*) FROM area WHERE max_lon > min_lon AND min_lat > 50.7"), 378);
}

TEST(BoundaryImport, UnknownCodesAndMissingCodesChangeNothing) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    const std::string ring = "[[[5,52],[5.1,52],[5.1,52.1],[5,52]]]";
    try {
        importFile(db, "x.geojson",
                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                   "{\"statcode\":\"GM0014\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + ring +
                       "}},{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM9999\"},\"geometry\":"
                       "{\"type\":\"Polygon\",\"coordinates\":" + ring + "}}]}",
                   {});
        ADD_FAILURE();
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "feature 2 (GM9999): unknown area code GM9999");
    }
    EXPECT_EQ(snapshot(db), before);
}
