// The practice library (FTS5 search, filters) and practice packs between two databases.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

#include "core/practices.h"
#include "io/file_import.h"
#include "io/import_error.h"
#include "io/practice_pack.h"

using namespace wb;

namespace {

std::vector<std::string> titles(const std::vector<PracticeHit>& hits) {
    std::vector<std::string> out;
    for (const auto& hit : hits) out.push_back(hit.practice.title);
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

int64_t idOf(const Database& db, const char* sql) { return db.scalarInt(sql); }

NewPractice coordinationPoint(const Database& db) {
    NewPractice p;
    p.title = "Coördinatiepunt in de brandweerpost";
    p.summary = "De brandweerpost wordt bij stroomuitval het coördinatiepunt voor hulpverlening in de wijk.";
    p.ownerAreaCode = "GM0014";
    p.ownerAreaYear = 2025;
    p.topic = "resilience_points";
    p.tags = "brandweer noodsteunpunt";
    p.published = "2025-10-01";
    p.measureIds = {idOf(db, "SELECT id FROM measure WHERE code = 'G08'")};
    p.scenarioIds = {idOf(db, "SELECT id FROM scenario ORDER BY id LIMIT 1")};
    return p;
}

// A search with the given filters and the others left open.
PracticeSearch searchFor(std::string text, std::string area = {}, std::string topic = {}, std::string measure = {},
                         std::string scenario = {}, int limit = 100) {
    PracticeSearch search;
    search.text = std::move(text);
    search.areaCode = std::move(area);
    search.topic = std::move(topic);
    search.measureCode = std::move(measure);
    search.scenarioCode = std::move(scenario);
    search.limit = limit;
    return search;
}

struct PackOutcome {
    io::ImportResult result;
    std::vector<std::string> duplicates;
    std::vector<std::string> unresolved;
};

PackOutcome importPack(Database& db, const std::string& pack) {
    io::PracticePackImport job(db, pack, "pack.json");
    const io::ImportResult result = io::runToEnd(job);
    return {result, job.duplicates(), job.unresolvedLinks()};
}

}  // namespace

TEST(Practices, SearchIgnoresAccentsAndCase) {
    Database db = test::openDefaultDatabase();
    ASSERT_TRUE(addPractice(db, coordinationPoint(db)));
    for (const std::string query : {"coördinatiepunt", "coordinatiepunt", "COORDINATIE", "brandweerpost coörd"}) {
        const auto hits = searchPractices(db, searchFor(query));
        EXPECT_TRUE(contains(titles(hits), "Coördinatiepunt in de brandweerpost")) << query;
    }
    const auto hits = searchPractices(db, searchFor("coordinatiepunt", "GM0014"));
    ASSERT_FALSE(hits.empty());
    EXPECT_NE(hits[0].snippet.find("[coördinatiepunt]"), std::string::npos) << hits[0].snippet;
    EXPECT_EQ(hits[0].practice.ownerAreaName, "Groningen");
    ASSERT_EQ(hits.size(), 1u);
    ASSERT_EQ(hits[0].practice.measures.size(), 1u);
    EXPECT_EQ(hits[0].practice.measures[0].code, "G08");
    EXPECT_TRUE(searchPractices(db, searchFor("xylofoonwedstrijd")).empty());
    // FTS syntax typed by a user is read as words, never as a query.
    EXPECT_NO_THROW(searchPractices(db, searchFor("noodstroom\" OR NEAR(* -")));
    EXPECT_EQ(practiceMatchQuery("a\"b OR  c*"), "\"a\"* \"b\"* \"OR\"* \"c\"*");
    EXPECT_EQ(practiceMatchQuery(" ,.- "), "");
}

TEST(Practices, FiltersByTopicMeasureScenarioAndArea) {
    const Database db = test::openDefaultDatabase();
    const auto all = searchPractices(db, searchFor(""));
    EXPECT_EQ(all.size(), static_cast<size_t>(db.scalarInt("SELECT count(*) FROM practice")));
    for (const auto& hit : searchPractices(db, searchFor("", "", "resilience_points"))) {
        EXPECT_EQ(hit.practice.topic, "resilience_points");
    }
    const auto g08 = searchPractices(db, searchFor("", "", "", "G08"));
    ASSERT_FALSE(g08.empty());
    for (const auto& hit : g08) {
        EXPECT_TRUE(std::any_of(hit.practice.measures.begin(), hit.practice.measures.end(),
                                [](const LinkedMeasure& m) { return m.code == "G08"; }));
    }
    const std::string scenario = db.scalarText("SELECT s.code FROM practice_scenario ps JOIN scenario s ON s.id = ps.scenario_id LIMIT 1");
    const auto byScenario = searchPractices(db, searchFor("", "", "", "", scenario));
    ASSERT_FALSE(byScenario.empty());
    EXPECT_LT(byScenario.size(), all.size());

    // By area: the owners inside a region are its municipalities and the region itself.
    const std::string owner = all.front().practice.ownerAreaCode;
    const std::string region = db.scalarText("SELECT parent_code FROM area WHERE code = '" + owner + "'");
    const auto inRegion = searchPractices(db, searchFor("", region));
    EXPECT_TRUE(contains(titles(inRegion), all.front().practice.title));
    EXPECT_EQ(searchPractices(db, searchFor("", "NL01")).size(), all.size());
    EXPECT_EQ(searchPractices(db, searchFor("", "", "", "", "", 3)).size(), 3u);
}

TEST(Practices, TheSameTitleFromTheSameAreaIsADuplicate) {
    Database db = test::openDefaultDatabase();
    NewPractice p = coordinationPoint(db);
    ASSERT_TRUE(addPractice(db, p));
    p.title = "coordinatiepunt in de  Brandweerpost!";
    EXPECT_FALSE(addPractice(db, p));
    p.ownerAreaCode = "GM0034";
    EXPECT_TRUE(addPractice(db, p));  // another municipality may share a title
    p.published = "gisteren";
    p.title = "Nieuw";
    EXPECT_THROW(addPractice(db, p), std::invalid_argument);
}

TEST(PracticePack, ExportImportIntoAnotherDatabaseWithoutDuplicates) {
    Database from = test::openDefaultDatabase();
    const int64_t added = *addPractice(from, coordinationPoint(from));
    NewPractice second = coordinationPoint(from);
    second.title = "Buurtkaart met zelfredzaamheid";
    second.ownerAreaCode = "GM0034";
    second.scenarioIds.clear();
    const int64_t added2 = *addPractice(from, second);
    const int64_t example = from.scalarInt("SELECT min(id) FROM practice");
    const std::string pack = io::exportPracticePack(from, {added, added2, example}, "2025-11-01");
    EXPECT_TRUE(io::looksLikePracticePack(pack));

    Database to = test::openDefaultDatabase();
    const int64_t before = to.scalarInt("SELECT count(*) FROM practice");
    const PackOutcome first = importPack(to, pack);
    EXPECT_EQ(first.result.rows, 2);
    EXPECT_EQ(first.duplicates.size(), 1u);  // the example practice is there already
    EXPECT_TRUE(first.unresolved.empty());
    EXPECT_EQ(to.scalarInt("SELECT count(*) FROM practice"), before + 2);
    const auto found = searchPractices(to, searchFor("coordinatiepunt brandweerpost", "GM0014"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].practice.measures.at(0).code, "G08");  // linked by code, whatever the ids
    EXPECT_EQ(found[0].practice.scenarios.size(), 1u);
    EXPECT_EQ(found[0].practice.published, "2025-10-01");

    const PackOutcome again = importPack(to, pack);
    EXPECT_EQ(again.result.rows, 0);
    EXPECT_EQ(again.duplicates.size(), 3u);
    EXPECT_EQ(to.scalarInt("SELECT count(*) FROM practice"), before + 2);
    EXPECT_NE(again.result.message.find("3 already present"), std::string::npos);
}

TEST(PracticePack, LinksThatMatchNothingAreReportedNotFatal) {
    Database db = test::openDefaultDatabase();
    const std::string pack = R"({"format": "weerbaar-practice-pack", "version": 1, "practices": [
        {"title": "Warmtepunt in de bibliotheek", "summary": "Open bij kou en stroomuitval.",
         "owner_area_code": "GM0344", "owner_area_year": 2025, "published": null,
         "measures": [{"code": "X77", "title_nl": "Onbekend"}, {"code": "", "title_nl": "Nergens"}],
         "scenarios": [{"code": "GEEN"}]}]})";
    const PackOutcome outcome = importPack(db, pack);
    EXPECT_EQ(outcome.result.rows, 1);
    EXPECT_EQ(outcome.unresolved.size(), 3u);
}

TEST(PracticePack, BadFilesLeaveTheDatabaseByteIdentical) {
    Database db = test::openDefaultDatabase();
    const auto bytes = db.serialize();
    const std::string good = R"({"title": "Goed", "summary": "Goed."})";
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"not json", "{\"format\": "},
        {"not a pack", R"({"format": "geojson", "version": 1, "practices": []})"},
        {"a newer version", R"({"format": "weerbaar-practice-pack", "version": 2, "practices": []})"},
        {"no practices", R"({"format": "weerbaar-practice-pack", "version": 1})"},
        {"no summary", R"({"format": "weerbaar-practice-pack", "version": 1, "practices": [)" + good + R"(, {"title": "X"}]})"},
        {"a number for a title", R"({"format": "weerbaar-practice-pack", "version": 1, "practices": [)" + good + R"(, {"title": 5, "summary": "x"}]})"},
        {"a bad date", R"({"format": "weerbaar-practice-pack", "version": 1, "practices": [)" + good + R"(, {"title": "Y", "summary": "y", "published": "2025-13-01"}]})"},
        {"a bad link", R"({"format": "weerbaar-practice-pack", "version": 1, "practices": [)" + good + R"(, {"title": "Z", "summary": "z", "measures": "G01"}]})"},
        {"a bad year", R"({"format": "weerbaar-practice-pack", "version": 1, "practices": [{"title": "Y", "summary": "y", "owner_area_year": "2025"}]})"},
    };
    for (const auto& [what, text] : bad) {
        try {
            importPack(db, text);
            ADD_FAILURE() << what << " was accepted";
        } catch (const io::ImportError& e) {
            EXPECT_FALSE(std::string(e.what()).empty()) << what;
            if (what == "no summary") {
                EXPECT_EQ(e.where(), "practice 2");
            }
        }
        EXPECT_EQ(db.serialize(), bytes) << what;
    }
}

TEST(PracticePack, TheOneImportPathRecognisesAPackByItsContent) {
    Database from = test::openDefaultDatabase();
    const int64_t added = *addPractice(from, coordinationPoint(from));
    const std::string pack = io::exportPracticePack(from, {added}, "2025-11-01");
    Database to = test::openDefaultDatabase();
    const auto result = io::importFile(to, "pakket.json", pack, {});
    EXPECT_EQ(result.table, "practice");
    EXPECT_EQ(result.rows, 1);
    EXPECT_EQ(io::importFile(to, "pakket.json", pack, {}).rows, 0);  // again: recognised as present
}

TEST(Practices, TopicsAreListedOnceInOrder) {
    Database db = test::openDefaultDatabase();
    const auto topics = practiceTopics(db);
    ASSERT_FALSE(topics.empty());
    EXPECT_TRUE(std::is_sorted(topics.begin(), topics.end()));
    EXPECT_TRUE(std::adjacent_find(topics.begin(), topics.end()) == topics.end());
    EXPECT_TRUE(contains(topics, "resilience_points"));
}
