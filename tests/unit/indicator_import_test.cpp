#include <gtest/gtest.h>

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/schema.h"
#include "io/csv_columns.h"
#include "io/import_error.h"
#include "io/file_import.h"
#include "io/geopackage_writer.h"
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

namespace {

int64_t count(const Database& db, const std::string& sql) { return db.scalarInt(sql); }

// The message of a refused import of `bytes` as file `name`, or "accepted".
std::string errorOf(Database& db, const std::string& bytes, const std::string& name = "test.csv") {
    try {
        importFile(db, name, bytes, {});
    } catch (const ImportError& e) {
        return e.what();
    }
    return "accepted";
}

}  // namespace

TEST(IndicatorImport, CollidingIndicatorNamesStayApart) {
    Database db = test::openDefaultDatabase();
    const ImportResult r = importText(db,
                                      "area_code,indicator,period,value\n"
                                      "GM0014,ind_1,2024,1\nGM0014,ind_2,2024,2\nGM0014,ind,2024,3\n"
                                      "GM0034,Inwoners_1,2024,4\nGM0034,Inwoners_2,2024,5\nGM0034,Inwoners,2024,6\n");
    EXPECT_EQ(r.rows, 6);
    EXPECT_EQ(r.indicators, (std::vector<std::string>{"ind", "ind_1", "ind_2", "inwoners", "inwoners_1", "inwoners_2"}));
    EXPECT_EQ(r.message, "imported 6 values of 6 indicator(s) for 2 areas");
    EXPECT_EQ(count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'ind_2' AND area_code = 'GM0014'"), 2);
    EXPECT_EQ(count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'inwoners' AND area_code = 'GM0034'"), 6);
    // The file's labels are the names.
    EXPECT_EQ(db.scalarText("SELECT name_nl FROM indicator WHERE id = 'inwoners_2'"), "Inwoners_2");
    EXPECT_EQ(count(db, "SELECT count(*) FROM indicator_value WHERE indicator_id IN ('ind', 'ind_1', 'ind_2', "
                        "'inwoners', 'inwoners_1', 'inwoners_2')"),
              r.rows);
}

TEST(IndicatorImport, ThirtyIndicatorsTenYearsEveryMunicipalityAllArrive) {
    Database db = test::openDefaultDatabase();
    std::vector<std::string> codes;
    for (Statement st = db.prepare("SELECT code FROM area WHERE level = 'municipality' ORDER BY code"); st.step();)
        codes.push_back(st.getText(0));
    ASSERT_EQ(codes.size(), 342u);
    std::string text = "area_code,indicator,period,value\n";
    for (int i = 1; i <= 30; ++i)
        for (int year = 2015; year < 2025; ++year)
            for (const std::string& code : codes) text += code + ",ind_" + std::to_string(i) + "," + std::to_string(year) + ",1\n";
    const ImportResult r = importText(db, text);
    EXPECT_EQ(r.rows, 102600);
    EXPECT_EQ(count(db, "SELECT count(*) FROM indicator_value WHERE indicator_id LIKE 'ind\\_%' ESCAPE '\\'"), 102600);
    EXPECT_EQ(r.message, "imported 102600 values of 30 indicator(s) for 342 areas");
}

TEST(IndicatorImport, RepeatedKeysAreRefusedWithTheirLinesUnlessTheLastValueWins) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    const std::string text =
        "area_code,indicator,period,value\n"
        "GM0014,score,2024,1\nGM0034,score,2024,2\nGM0037,score,2024,3\nGM0047,score,2024,4\n"
        "GM0014,score,2024,10\nGM0034,score,2024,20\nGM0037,score,2024,30\nGM0047,score,2024,40\n"
        "GM0014,score,2023,5\n";
    EXPECT_EQ(errorOf(db, text),
              "4 values repeat the area, indicator and period of an earlier line: line 6 repeats line 2, line 7 "
              "repeats line 3, line 8 repeats line 4, ...; choose \"last value wins\" to keep the last ones");
    EXPECT_EQ(snapshot(db), before);

    ImportOptions lastWins;
    lastWins.repeats = RepeatedValues::LastWins;
    const ImportResult r = importFile(db, "test.csv", text, lastWins);
    EXPECT_EQ(r.rows, 5);
    EXPECT_EQ(r.message, "imported 5 values of 1 indicator(s) for 4 areas: 5 new, 0 replaced; 4 earlier values of "
                         "repeated keys were overwritten");
    EXPECT_EQ(count(db, "SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'"), 5);
    EXPECT_EQ(count(db, "SELECT sum(value) FROM indicator_value WHERE indicator_id = 'score' AND period = 2024"), 100);
}

TEST(IndicatorImport, ValuesThatReplaceStoredOnesAreCounted) {
    Database db = test::openDefaultDatabase();
    importText(db, "code;jaar;score\nGM0014;2024;1\nGM0034;2024;2\n");
    const ImportResult r = importText(db, "code;jaar;score\nGM0014;2024;3\nGM0034;2023;4\nGM0037;2024;5\n");
    EXPECT_EQ(r.rows, 3);
    EXPECT_EQ(r.message, "imported 3 values of 1 indicator(s) for 3 areas: 2 new, 1 replaced");
    EXPECT_EQ(count(db, "SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'"), 4);
    EXPECT_EQ(count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'score' AND area_code = 'GM0014'"), 3);
}

TEST(IndicatorImport, DutchAndEnglishNumbersAsSpreadsheetsWriteThem) {
    Database db = test::openDefaultDatabase();
    const ImportResult nl = importText(db, "gemeentecode;jaar;inwoners;aandeel\n"
                                           "GM0014;2024;243.765,0;12,5 %\nGM0034;2024;1.234.567,5;7%\nGM0037;2024;1.500;3\n");
    EXPECT_EQ(nl.rows, 6);
    EXPECT_EQ(db.scalarText("SELECT group_concat(value, ' ') FROM (SELECT value FROM indicator_value "
                            "WHERE indicator_id = 'inwoners' ORDER BY area_code)"),
              "243765.0 1234567.5 1500.0");
    EXPECT_EQ(db.scalarText("SELECT group_concat(value, ' ') FROM (SELECT value FROM indicator_value "
                            "WHERE indicator_id = 'aandeel' ORDER BY area_code)"),
              "12.5 7.0 3.0");
    const ImportResult en = importText(db, "code,year,people\nGM0014,2024,\"243,765.0\"\nGM0034,2024,\"1,234,567\"\nGM0037,2024,3.25\n");
    EXPECT_EQ(en.rows, 3);
    EXPECT_EQ(count(db, "SELECT sum(value) * 100 FROM indicator_value WHERE indicator_id = 'people'"), 147833525);
    // What is neither is refused with line and column.
    EXPECT_EQ(errorOf(db, "gemeentecode;jaar;inwoners\nGM0014;2024;243.765,0\nGM0034;2024;1.500\nGM0037;2024;7\n"
                          "GM0047;2024;12.34,5\n"),
              "line 5, column 'inwoners': '12.34,5' is not a number");
}

TEST(IndicatorImport, Windows1252AndUtf16FilesAreReadAsSuch) {
    Database db = test::openDefaultDatabase();
    const ImportResult excel = importText(db, "gemeente;jaar;Wmo-cli\xEBnten\nS\xFA" "dwest-Frysl\xE2n;2024;12\nGroningen;2024;7\n");
    EXPECT_EQ(excel.message, "imported 2 values of 1 indicator(s) for 2 areas; the file is not valid UTF-8 and was read "
                             "as Windows-1252");
    EXPECT_EQ(count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'wmo_clienten' AND area_code = 'GM1900'"), 12);
    EXPECT_EQ(db.scalarText("SELECT name_nl FROM indicator WHERE id = 'wmo_clienten'"), "Wmo-cliënten");

    std::string utf16 = "\xFF\xFE";
    for (const char c : std::string("code\tjaar\tscore16\r\nGM0363\t2024\t5\r\n")) utf16 += std::string{c, '\0'};
    const ImportResult unicode = importText(db, utf16);
    EXPECT_EQ(unicode.message, "imported 1 values of 1 indicator(s) for 1 areas");
    EXPECT_EQ(count(db, "SELECT value FROM indicator_value WHERE indicator_id = 'score16' AND area_code = 'GM0363'"), 5);
}

TEST(IndicatorImport, NamesAndCodesOverTheLimitAreRefusedWithLineAndColumn) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    const std::string huge(8 << 20, 'x');
    EXPECT_EQ(errorOf(db, "area_code,indicator,period,value\nGM0014,score,2024,1\nGM0034," + huge + ",2024,2\n"),
              "line 3, column 'indicator': the name is 8388608 characters long; the limit is 200");
    EXPECT_EQ(errorOf(db, "code,jaar," + std::string(201, 'y') + "\nGM0014,2024,1\n"),
              "line 1, column 3: the name is 201 characters long; the limit is 200");
    EXPECT_EQ(errorOf(db, "code,jaar,score\nGM0014 " + std::string(300, ' ') + ",2024,1\n"),
              "line 2, column 'code': the code is 307 characters long; the limit is 200");
    EXPECT_EQ(errorOf(db, "naam,jaar,score\n" + std::string(250, 'G') + ",2024,1\n"),
              "line 2, column 'naam': the name is 250 characters long; the limit is 200");
    // A message quotes a long cell only in part.
    EXPECT_EQ(errorOf(db, "code,jaar,score\nGM0014,2024,1\nGM0034,2024,2\nGM0037,2024,3\nGM0047,2024," + huge + "\n"),
              "line 5, column 'score': '" + std::string(60, 'x') + "...' is not a number");
    EXPECT_EQ(snapshot(db), before);
    // 200 characters (not bytes) are allowed.
    std::string name;
    for (int i = 0; i < 100; ++i) name += "éé";
    EXPECT_EQ(importText(db, "area_code,indicator,period,value\nGM0014," + name + ",2024,1\n").rows, 1);
}

namespace {

std::string squareFeature(const std::string& properties) {
    return "{\"type\":\"Feature\",\"properties\":" + properties +
           ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,53.2],[6.6,53.2],[6.6,53.25],[6.5,53.2]]]}}";
}

std::string collection(const std::vector<std::string>& features) {
    std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (size_t i = 0; i < features.size(); ++i) out += (i ? "," : "") + features[i];
    return out + "]}";
}

}  // namespace

TEST(BoundaryImport, AnAreaGivenTwiceOrANameOverTheLimitIsRefused) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    EXPECT_EQ(errorOf(db,
                      collection({squareFeature("{\"statcode\":\"GM0014\"}"), squareFeature("{\"statcode\":\"GM0034\"}"),
                                  squareFeature("{\"statcode\":\"GM0014\"}")}),
                      "dubbel.geojson"),
              "feature 3 (GM0014): area GM0014 is already in feature 1");
    EXPECT_EQ(errorOf(db,
                      collection({squareFeature("{\"statcode\":\"BU00140099\",\"statnaam\":\"" + std::string(201, 'n') +
                                                "\"}")}),
                      "lang.geojson"),
              "feature 1 (BU00140099): the name is 201 characters long; the limit is 200");
    EXPECT_EQ(snapshot(db), before);
}

TEST(BoundaryImport, BoundaryFilesInOtherEncodingsAreReadAsSuch) {
    Database db = test::openDefaultDatabase();
    // A GeoJSON file saved as Windows-1252 (0xFA is ú): decoded before reading, and said so.
    const ImportResult r = importFile(
        db, "buurt.geojson", collection({squareFeature("{\"statcode\":\"BU19000099\",\"statnaam\":\"S\xFA" "dwest\"}")}), {});
    EXPECT_EQ(r.message, "imported 1 boundaries (1 new areas); the file is not valid UTF-8 and was read as Windows-1252");
    EXPECT_EQ(db.scalarText("SELECT name FROM area WHERE code = 'BU19000099'"), "Súdwest");
    // A GeoPackage whose attribute text is not UTF-8: the same rule, name by name.
    FeatureSet set;
    Feature feature;
    feature.properties.push_back({"statcode", "BU19000098"});
    feature.properties.push_back({"statnaam", "Frysl\xE2n"});
    feature.polygons.push_back({{{{5.5, 53.0}, {5.6, 53.0}, {5.6, 53.1}, {5.5, 53.0}}}});
    set.features.push_back(feature);
    const std::vector<uint8_t> gpkg = writeGeoPackage(set, "buurten");
    const ImportResult g = importFile(db, "buurten.gpkg", std::string(gpkg.begin(), gpkg.end()), {});
    EXPECT_EQ(g.message, "imported 1 boundaries (1 new areas); 1 names were not valid UTF-8 and were read as Windows-1252");
    EXPECT_EQ(db.scalarText("SELECT name FROM area WHERE code = 'BU19000098'"), "Fryslân");
}

// The import switches the foreign-key check off for its transaction (every value's indicator is
// inserted first): the connection has it back after an import that finished, failed or was
// cancelled half-way, and the cancelled one leaves nothing behind.
TEST(IndicatorImport, ForeignKeysAreBackAfterEveryEndAndACancelLeavesNothing) {
    Database db = test::openDefaultDatabase();
    db.exec("PRAGMA foreign_keys = ON");
    const std::string before = snapshot(db);
    std::string text = "area_code,indicator,period,value\n";
    for (int year = 1801; year <= 2200; ++year) text += "GM0014,fk_test," + std::to_string(year) + ",1\n";

    {
        const std::unique_ptr<ImportJob> job = startImport(db, "cancelled.csv", text, {});
        // Slices until values are being stored (the file is read and checked first), then cancelled.
        while (db.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'fk_test'") == 0) {
            ASSERT_FALSE(job->step(ImportClock::now()));
        }
    }
    EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(snapshot(db), before);

    EXPECT_THROW(importText(db, text + "GM9999,fk_test,2024,1\n"), ImportError);
    EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(snapshot(db), before);

    EXPECT_EQ(importText(db, text).rows, 400);
    EXPECT_EQ(db.scalarInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db.scalarInt("PRAGMA foreign_key_check"), 0);
}
