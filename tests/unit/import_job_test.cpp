// Imports cut into slices (io/import_job.h) and the app's import queue (views/import_queue.h):
// a sliced import gives the same database as one in a single go, and stopping half-way (an error,
// a cancel) leaves the database exactly as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "app_test_support.h"

#include "views/app_state.h"
#include "views/import_queue.h"
#include "io/file_import.h"
#include "io/geojson_reader.h"
#include "io/geopackage_writer.h"
#include "io/import_error.h"

using namespace wb;

namespace {

std::string snapshot(const Database& db) {
    const auto bytes = db.serialize();
    return std::string(bytes.begin(), bytes.end());
}

// A wide table with every municipality of the default database, `years` periods each.
std::string bigCsv(const Database& db, int years) {
    std::string csv = "gemeentecode;jaar;score\n";
    Statement st = db.prepare("SELECT code FROM area WHERE level = 'municipality' ORDER BY code");
    std::vector<std::string> codes;
    while (st.step()) codes.push_back(st.getText(0));
    for (int y = 0; y < years; ++y) {
        for (size_t i = 0; i < codes.size(); ++i) {
            csv += codes[i] + ";" + std::to_string(2000 + y) + ";" + std::to_string(i % 97) + ",5\n";
        }
    }
    return csv;
}

// Steps with a deadline already passed: every step does the minimum slice.
int stepsToFinish(io::ImportJob& job, std::vector<double>& progress) {
    int steps = 1;
    while (!job.step(io::ImportClock::now())) {
        progress.push_back(job.progress());
        ++steps;
    }
    return steps;
}

io::ImportClock::time_point noLimit() { return io::ImportClock::time_point::max(); }

}  // namespace

TEST(ImportJob, SlicedCsvImportEqualsOneGo) {
    Database sliced = test::openDefaultDatabase();
    Database whole = test::openDefaultDatabase();
    const std::string csv = bigCsv(sliced, 10);  // 3,420 rows

    auto job = io::startImport(sliced, "scores.csv", csv, {});
    std::vector<double> progress;
    EXPECT_GT(stepsToFinish(*job, progress), 5);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_GT(progress.front(), 0.0);
    EXPECT_LT(progress.back(), 1.0);
    EXPECT_EQ(job->result().rows, 3420);
    job.reset();

    EXPECT_EQ(io::importFile(whole, "scores.csv", csv, {}).rows, 3420);
    EXPECT_EQ(sliced.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'"), 3420);
    EXPECT_EQ(sliced.scalarText("SELECT group_concat(value) FROM (SELECT value FROM indicator_value "
                                "WHERE indicator_id = 'score' ORDER BY area_code, period)"),
              whole.scalarText("SELECT group_concat(value) FROM (SELECT value FROM indicator_value "
                               "WHERE indicator_id = 'score' ORDER BY area_code, period)"));
}

TEST(ImportJob, AJobStoppedHalfWayLeavesTheDatabaseAsItWas) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    const std::string csv = bigCsv(db, 10);
    {
        auto job = io::startImport(db, "scores.csv", csv, {});
        // The file is read and checked first; slices until values are being stored.
        while (db.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'") == 0) {
            ASSERT_FALSE(job->step(io::ImportClock::now()));
        }
        ASSERT_FALSE(job->step(io::ImportClock::now()));
        EXPECT_LT(db.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'"), 3420);
    }  // destroyed unfinished: cancelled
    EXPECT_EQ(snapshot(db), before);
}

TEST(ImportJob, AnErrorInALaterSliceRollsBackTheEarlierSlices) {
    Database db = test::openDefaultDatabase();
    const std::string before = snapshot(db);
    const std::string csv = bigCsv(db, 10) + "GM9999;2030;1\n";
    auto job = io::startImport(db, "scores.csv", csv, {});
    try {
        while (!job->step(io::ImportClock::now())) {
        }
        FAIL() << "the unknown code should stop the import";
    } catch (const io::ImportError& e) {
        EXPECT_EQ(e.where(), "line 3422");
        EXPECT_STREQ(e.what(), "line 3422: unknown area code GM9999");
    }
    job.reset();
    EXPECT_EQ(snapshot(db), before);
}

TEST(ImportJob, BoundariesAreStoredInSlices) {
    Database db = test::openDefaultDatabase();
    db.exec("UPDATE area SET geometry = NULL");  // the default data carries these boundaries already
    const std::string topo = test::readFile(std::string(WEERBAAR_CBS_DATA) + "/gemeente_2025.topojson");
    auto job = io::startImport(db, "gemeente_2025.topojson", topo, {});
    EXPECT_EQ(job->progress(), 0.0);
    ASSERT_FALSE(job->step(noLimit()));  // the first step only reads the file
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area WHERE geometry IS NOT NULL"), 0);
    std::vector<double> progress;
    stepsToFinish(*job, progress);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(job->result().rows, 342);
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area WHERE level = 'municipality' AND geometry IS NOT NULL"), 342);
}

// 12,000 neighbourhoods: small squares in two municipalities, as GeoJSON.
std::string manySquaresGeoJson() {
    std::string geojson = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < 12000; ++i) {
        char code[16];
        std::snprintf(code, sizeof code, "BU%s%04d", i < 6000 ? "0014" : "0034", i % 6000);
        const double x = 5.0 + 0.001 * (i % 100), y = 52.0 + 0.001 * (i / 100);
        char feature[400];
        std::snprintf(feature, sizeof feature,
                      R"(%s{"type":"Feature","properties":{"statcode":"%s","statnaam":"Buurt %d"},"geometry":)"
                      R"({"type":"Polygon","coordinates":[[[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]]}})",
                      i ? "," : "", code, i, x, y, x + 0.001, y, x + 0.001, y + 0.001, x, y);
        geojson += feature;
    }
    return geojson + "]}";
}

// Runs a boundary import of `bytes` with slices that end at once: while it reads, the progress
// grows and nothing is written; at the end all 12,000 neighbourhoods are stored.
void expectReadInParts(const std::string& name, const std::string& bytes) {
    Database db = test::openDefaultDatabase();
    const int64_t areasBefore = db.scalarInt("SELECT count(*) FROM area");
    auto job = io::startImport(db, name, bytes, {});
    std::vector<double> reading;
    while (!job->step(io::ImportClock::now()) && job->progress() < 0.3) {
        reading.push_back(job->progress());
        EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area"), areasBefore);
    }
    EXPECT_GT(reading.size(), 3u) << name;
    EXPECT_TRUE(std::is_sorted(reading.begin(), reading.end())) << name;
    EXPECT_GT(reading.back(), reading.front()) << name;
    while (!job->step(io::ImportClock::now())) {
    }
    EXPECT_EQ(job->result().rows, 12000) << name;
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area WHERE level = 'neighbourhood' AND geometry IS NOT NULL"), 12000)
        << name;
}

// A GeoJSON file is read in parts too (the JSON reader pauses between them), so a large one does
// not hold one frame while it is read; nothing is written until it has been read.
TEST(ImportJob, GeoJsonBoundariesAreReadInParts) {
    const std::string geojson = manySquaresGeoJson();
    ASSERT_GT(geojson.size(), 1u << 20);  // several of the reader's parts of 256 KB
    expectReadInParts("buurten.geojson", geojson);
}

// So are a GeoPackage (its rows a few at a time, after the file has been checked) and a CSV with
// WKT geometries (its lines a few at a time).
TEST(ImportJob, GeoPackageAndWktCsvBoundariesAreReadInParts) {
    const io::FeatureSet set = io::readGeoJson(manySquaresGeoJson());
    const std::vector<uint8_t> gpkg = io::writeGeoPackage(set, "buurten");
    expectReadInParts("buurten.gpkg", std::string(gpkg.begin(), gpkg.end()));

    std::string csv = "statcode,statnaam,WKT\n";
    for (int i = 0; i < 12000; ++i) {
        char line[200];
        const double x = 5.0 + 0.001 * (i % 100), y = 52.0 + 0.001 * (i / 100);
        std::snprintf(line, sizeof line, "BU%s%04d,Buurt %d,\"POLYGON ((%.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f))\"\n",
                      i < 6000 ? "0014" : "0034", i % 6000, i, x, y, x + 0.001, y, x + 0.001, y + 0.001, x, y);
        csv += line;
    }
    expectReadInParts("buurten.csv", csv);
}

// A .sqlite file is checked a table per part, and replaces the working database only at the end.
TEST(ImportJob, ASqliteFileIsCheckedInParts) {
    Database db = test::openDefaultDatabase();
    Database other = test::openDefaultDatabase();
    other.exec("UPDATE area SET name = 'Stad Groningen' WHERE code = 'GM0014'");
    const std::vector<uint8_t> image = other.serialize();
    const std::string bytes(image.begin(), image.end());

    auto job = io::startImport(db, "export.sqlite", bytes, {});
    std::vector<double> progress;
    while (!job->step(io::ImportClock::now())) {
        progress.push_back(job->progress());
        EXPECT_EQ(db.scalarText("SELECT name FROM area WHERE code = 'GM0014'"), "Groningen");
    }
    EXPECT_GT(progress.size(), 10u);  // dozens of tables, each checked twice
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_TRUE(job->result().replacedDatabase);
    EXPECT_EQ(db.scalarText("SELECT name FROM area WHERE code = 'GM0014'"), "Stad Groningen");
}

TEST(ImportQueue, RunsFilesInOrderAndReportsEachOutcome) {
    AppState app;
    test::openDefaultData(app);
    const long changesBefore = app.changeCount;
    queueImport(app, {"a.csv", "code,jaar,score\nGM0014,2024,1\n", {}, 7, false});
    queueImport(app, {"b.csv", "code,jaar,score\nGM9999,2024,1\n", {}, 8, false});
    while (app.imports.busy()) advanceImports(app, noLimit());
    ASSERT_EQ(app.imports.finished.size(), 2u);
    EXPECT_EQ(app.imports.finished[0].requestId, 7);
    EXPECT_TRUE(app.imports.finished[0].ok);
    EXPECT_EQ(app.imports.finished[1].requestId, 8);
    EXPECT_FALSE(app.imports.finished[1].ok);
    EXPECT_EQ(app.imports.finished[1].message, "b.csv, line 2: unknown area code GM9999");
    EXPECT_EQ(outcomeJson(app.imports.finished[1]),
              R"({"ok":false,"table":"","rows":0,"message":"b.csv, line 2: unknown area code GM9999"})");
    EXPECT_EQ(app.changeCount, changesBefore + 1);  // only the good file changed the data
    ASSERT_TRUE(app.notice);
    EXPECT_TRUE(app.notice->isError);
}

TEST(ImportQueue, UnrecognisedColumnsAskTheUserWhenTheFileCameFromTheUser) {
    AppState app;
    test::openDefaultData(app);
    const std::string csv = "plaats;meting;x\nGM0014;12,5;a\nGM0034;7;b\n";

    queueImport(app, {"script.csv", csv, {}, 1, false});
    while (app.imports.busy()) advanceImports(app, noLimit());
    ASSERT_EQ(app.imports.finished.size(), 1u);
    EXPECT_FALSE(app.imports.finished[0].ok);
    app.imports.finished.clear();

    queueImport(app, {"dropped.csv", csv, {}, 2, true});
    advanceImports(app, noLimit());
    ASSERT_TRUE(app.imports.mapping);
    const ColumnMappingRequest& request = *app.imports.mapping;
    ASSERT_EQ(request.layout.headers.size(), 3u);
    EXPECT_EQ(request.layout.delimiter, ';');
    ASSERT_EQ(request.samples.size(), 2u);
    EXPECT_EQ(request.samples[1][1], "7");
    advanceImports(app, noLimit());  // nothing happens until the user decides
    EXPECT_TRUE(app.imports.mapping);
    EXPECT_TRUE(app.imports.finished.empty());

    app.imports.mapping->layout.roles = {io::ColumnRole::AreaCode, io::ColumnRole::IndicatorValues,
                                         io::ColumnRole::Ignore};
    app.imports.mapping->layout.decimal = ',';
    app.imports.mapping->period = 2025;
    acceptColumnMapping(app);
    while (app.imports.busy()) advanceImports(app, noLimit());
    ASSERT_EQ(app.imports.finished.size(), 1u);
    EXPECT_TRUE(app.imports.finished[0].ok) << app.imports.finished[0].message;
    EXPECT_EQ(app.db.scalarText("SELECT group_concat(value, '|') FROM (SELECT value FROM indicator_value "
                                "WHERE indicator_id = 'meting' AND period = 2025 ORDER BY area_code)"),
              "12.5|7.0");
}

TEST(ImportQueue, CancellingLeavesTheDatabaseAsItWas) {
    AppState app;
    test::openDefaultData(app);
    const std::string before = snapshot(app.db);

    queueImport(app, {"dropped.csv", "plaats;meting\nGM0014;1\n", {}, 3, true});
    advanceImports(app, noLimit());
    ASSERT_TRUE(app.imports.mapping);
    cancelColumnMapping(app);
    EXPECT_FALSE(app.imports.busy());

    queueImport(app, {"big.csv", bigCsv(app.db, 10), {}, 4, true});
    advanceImports(app, io::ImportClock::now());  // starts the job: a slice of the least work
    advanceImports(app, io::ImportClock::now());
    ASSERT_TRUE(app.imports.current);
    cancelCurrentImport(app);
    EXPECT_FALSE(app.imports.busy());

    ASSERT_EQ(app.imports.finished.size(), 2u);
    for (const ImportOutcome& outcome : app.imports.finished) EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(snapshot(app.db), before);
}
