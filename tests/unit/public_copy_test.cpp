// The public copy ("Publiceren"): on the default database with personal details added the way the
// dashboard adds them, no trace of them is left anywhere in the copy's bytes; the rest (statuses,
// dates, measures, counts of people from the threshold up) is unchanged; small counts are gone.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "test_support.h"

#include "core/area_directory.h"
#include "core/areas.h"
#include "core/assignment_statuses.h"
#include "core/assignments.h"
#include "core/checklist.h"
#include "core/costs.h"
#include "core/organisations.h"
#include "core/public_copy.h"
#include "core/report_data.h"
#include "core/transport_indexes.h"
#include "core/untrusted_database.h"

using namespace wb;

namespace {

// Distinctive text nobody else writes, one per place a person's details can be entered.
const std::vector<std::string> kMarkers = {
    "Qz7owner-Jansen",        "Qz7evidence-memo",  "Qz7editor-Pietersen", "Qz7assignment-Bakker",
    "Qz7contact-Dorpsstraat", "Qz7cost-offerte",   "Qz7budget-note",      "Qz7sender-name",
    "Qz7received-file",       "Qz7conflict-local", "Qz7org-name-typed",   "Qz7unknown-meta",
    "Qz7import-file.csv",     "Qz7list-source.csv", "Qz7delivered-owner-Visser",
};

int64_t measureId(const Database& db, const std::string& code) {
    Statement st = db.prepare("SELECT id FROM measure WHERE code = ?");
    st.bind(1, code);
    return st.step() ? st.getInt(0) : 0;
}

void run(Database& db, const std::string& sql, const std::vector<std::string>& texts) {
    Statement st = db.prepare(sql);
    for (size_t i = 0; i < texts.size(); ++i) st.bind(static_cast<int>(i) + 1, texts[i]);
    st.run();
}

// The default database with personal details entered as the forms, imports and exchange do.
Database workingDatabase() {
    Database db = test::openDefaultDatabase();
    const AreaDirectory areas = AreaDirectory::load(db, kDefaultDivisionYear);
    // Two status changes, so the marked row is history (not current) after the second one.
    setMeasureStatus(db, "GM0014", measureId(db, "G05"),
                     {MeasureStatus::InProgress, "2025-10-01", "2025-12-31", "Qz7owner-Jansen", "Qz7evidence-memo",
                      "Qz7editor-Pietersen"});
    setMeasureStatus(db, "GM0014", measureId(db, "G05"),
                     {MeasureStatus::Done, "2025-11-01", "2025-12-31", "Qz7owner-Jansen", "", "Qz7editor-Pietersen"});
    updateAssignment(db, db.scalarInt("SELECT min(id) FROM assignment"), "in_progress", "Qz7assignment-Bakker", "2026-03-01");
    Organisation o;
    o.name = "Buurtvereniging De Linde";
    o.type = "neighbourhood";
    o.offers = {"shelter"};
    o.offlineContact = "Qz7contact-Dorpsstraat 3, dinsdagavond";
    o.lon = 4.123456;
    o.lat = 52.654321;
    o.reach = {{"GM0014", kDefaultDivisionYear, ""}};
    addOrganisation(db, o);
    run(db, "UPDATE cost SET note = ? WHERE id = (SELECT min(id) FROM cost)", {"Qz7cost-offerte van Jan"});
    setBudget(db, areas, "GM0014", 2026, 125000, "Qz7budget-note");
    createActionList(db, "Eigen lijst", AreaLevel::Municipality, "Qz7list-source.csv");
    run(db, "INSERT INTO meta (key, value) VALUES ('organisation_code', 'GM0014'), ('organisation_name', ?), "
            "('exchange_seq', '3'), ('someone_elses_key', ?)",
        {"Qz7org-name-typed", "Qz7unknown-meta"});
    run(db, "INSERT INTO import_log (file_name, format, target, rows) VALUES (?, 'csv', 'indicator_value', 10)",
        {"Qz7import-file.csv"});
    saveReportSnapshot(db, "NL01", "2025-11-01", reportFigures(db, areas, "NL01", "2025-11-01"));
    Statement delivery = db.prepare(
        "INSERT INTO exchange_delivery (source_code, seq, sender_name, state, file) VALUES ('GM0034', 1, ?, 'held', ?)");
    const std::string file = "SQLite format 3... Qz7received-file ...";
    delivery.bind(1, "Qz7sender-name").bindBlob(2, file.data(), file.size());
    delivery.run();
    run(db, "INSERT INTO exchange_sender (source_code, name, public_key, fingerprint) VALUES ('GM0034', ?, 'key', '1')",
        {"Qz7sender-name"});
    run(db, "INSERT INTO exchange_received (kind, uid, source_code, seq, content_sha256) "
            "VALUES ('measure_status', 'u1', 'GM0034', 1, 'abc')", {});
    // An assignment status another organisation delivered, with its owner's name.
    storeAssignmentStatus(db, {"GM0034", "VNG", 2, "in_progress", "Qz7delivered-owner-Visser", "2026-06-30",
                               "2026-01-05T10:00:00Z", "GM0034"});
    run(db, "INSERT INTO exchange_conflict (kind, uid, local_uid, area_code, source_code, seq, local_content, "
            "received_content) VALUES ('measure_status', 'u1', 'u2', 'GM0034', 'GM0034', 1, ?, '{}')",
        {"{\"owner\":\"Qz7conflict-local\"}"});
    return db;
}

bool contains(const std::vector<uint8_t>& bytes, const std::string& text) {
    return std::search(bytes.begin(), bytes.end(), text.begin(), text.end()) != bytes.end();
}

// Every row of a query as one text, to compare before and after.
std::string rowsOf(const Database& db, const std::string& sql) {
    Statement st = db.prepare(sql);
    std::string out;
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) out += (st.isNull(c) ? std::string("NULL") : st.getText(c)) + "|";
        out += "\n";
    }
    return out;
}

Database publicCopyOf(const Database& working) {
    const std::vector<uint8_t> bytes = working.serialize();
    Database copy = Database::fromBytes(bytes.data(), bytes.size());
    makePublicCopy(copy, "2026-12-04T10:00:00Z");
    return copy;
}

}  // namespace

TEST(PublicCopy, NoPersonalDetailSurvivesAnywhereInTheFile) {
    const Database working = workingDatabase();
    const std::vector<uint8_t> before = working.serialize();
    for (const std::string& marker : kMarkers) ASSERT_TRUE(contains(before, marker)) << marker << " was never written";

    const Database copy = publicCopyOf(working);
    const std::vector<uint8_t> after = copy.serialize();
    for (const std::string& marker : kMarkers) EXPECT_FALSE(contains(after, marker)) << marker << " survived";
    EXPECT_EQ(copy.scalarInt("PRAGMA freelist_count"), 0);
    EXPECT_EQ(copy.scalarText("PRAGMA integrity_check"), "ok");
    // The working database is another database: it still has everything.
    EXPECT_EQ(working.scalarInt("SELECT count(*) FROM exchange_delivery"), 1);
}

TEST(PublicCopy, ThePeopleFieldsAreEmptyAndTheExchangeIsGone) {
    const Database copy = publicCopyOf(workingDatabase());
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM measure_status WHERE owner <> '' OR evidence <> '' OR changed_by <> ''"), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM assignment WHERE owner <> ''"), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM assignment_status WHERE owner <> ''"), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM assignment_status WHERE status = 'in_progress'"), 1)
        << "the delivered status itself stays";
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM organisation WHERE offline_contact <> '' OR lon IS NOT NULL "
                             "OR lat IS NOT NULL"), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM cost WHERE note <> ''"), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM budget WHERE note <> ''"), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM action_list WHERE source <> ''"), 0);
    for (const char* table : {"exchange_delivery", "exchange_sender", "exchange_received", "exchange_conflict",
                              "report_snapshot", "import_log"}) {
        EXPECT_EQ(copy.scalarInt(std::string("SELECT count(*) FROM ") + table), 0) << table;
    }
    EXPECT_EQ(rowsOf(copy, "SELECT key, value FROM meta WHERE key IN ('organisation_code', 'public_version', "
                           "'public_made_at', 'example_as_of', 'organisation_name', 'exchange_seq') ORDER BY key"),
              "example_as_of|2025-11-01|\norganisation_code|GM0014|\npublic_made_at|2026-12-04T10:00:00Z|\n"
              "public_version|1|\n");
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM meta WHERE key = 'someone_elses_key'"), 0);
    EXPECT_TRUE(isPublicCopy(copy));
    EXPECT_FALSE(isPublicCopy(test::openDefaultDatabase()));
}

TEST(PublicCopy, EverythingElseIsUnchanged) {
    const Database working = workingDatabase();
    const Database copy = publicCopyOf(working);
    const char* same[] = {
        "SELECT id, measure_id, area_code, area_year, status, status_date, due_date, changed_at, uid, superseded "
        "FROM measure_status ORDER BY id",
        "SELECT * FROM measure ORDER BY id",
        "SELECT id, name, for_level, is_example FROM action_list ORDER BY id",
        "SELECT id, board, number, status, due_date FROM assignment ORDER BY id",
        "SELECT * FROM area ORDER BY code, year",
        "SELECT * FROM indicator ORDER BY id",
        "SELECT id, name, type, offers, capacity FROM organisation ORDER BY id",
        "SELECT * FROM organisation_reach ORDER BY 1, 2, 3, 4",
        "SELECT * FROM facility ORDER BY id",
        "SELECT * FROM resilience_point ORDER BY facility_id",
        "SELECT * FROM scenario_action ORDER BY id",
        "SELECT * FROM practice ORDER BY id",
        "SELECT id, measure_id, area_code, year, one_off_eur, yearly_eur FROM cost ORDER BY id",
        "SELECT scope_code, year, amount_eur FROM budget ORDER BY 1, 2",
        // Figures that are not counts of people, and counts of people from the threshold up.
        "SELECT v.* FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
        "WHERE i.is_count_of_people = 0 OR v.value >= 5 ORDER BY 1, 2, 3",
    };
    for (const char* sql : same) EXPECT_EQ(rowsOf(copy, sql), rowsOf(working, sql)) << sql;
    EXPECT_GT(copy.scalarInt("SELECT count(*) FROM measure_status"), 11000);
    // The marked change is still there, without its names.
    EXPECT_EQ(rowsOf(copy, "SELECT status, owner, evidence, changed_by FROM measure_status_current WHERE area_code = "
                           "'GM0014' AND measure_id = (SELECT id FROM measure WHERE code = 'G05')"),
              "done||||\n");
    // The practices' full-text search still works (the copy was rewritten by VACUUM).
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM practice_fts WHERE practice_fts MATCH 'noodstroom'"),
              working.scalarInt("SELECT count(*) FROM practice_fts WHERE practice_fts MATCH 'noodstroom'"));
}

TEST(PublicCopy, SmallCountsOfPeopleAreGoneNotOnlyHidden) {
    const Database working = workingDatabase();
    const Database copy = publicCopyOf(working);
    const char* small = "SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                        "WHERE i.is_count_of_people = 1 AND v.value < 5";
    const int64_t smallBefore = working.scalarInt(small);
    ASSERT_GT(smallBefore, 20);  // the example data has small counts, so suppression shows
    EXPECT_EQ(copy.scalarInt(small), 0);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM indicator_value WHERE value IS NULL"),
              working.scalarInt("SELECT count(*) FROM indicator_value WHERE value IS NULL") + smallBefore);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM indicator_value"), working.scalarInt("SELECT count(*) FROM indicator_value"));
    // A count that is not of people keeps its small values (a density, an area in km2).
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'land_area' AND value < 5"),
              working.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'land_area' AND value < 5"));
}

// The page starts on its database without indexes and builds them after the first frame; a copy
// made before that must still be complete, since the public page cannot write.
TEST(PublicCopy, IsCompleteWhenTheWorkingDatabaseStillDefersItsIndexes) {
    const char* indexes = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
    Database working = workingDatabase();
    const std::string all = rowsOf(working, indexes);
    ASSERT_NE(all, "");
    deferIndexes(working);
    ASSERT_EQ(working.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index'"), 1);
    const Database copy = publicCopyOf(working);
    EXPECT_EQ(copy.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index'"), 0);
    EXPECT_EQ(rowsOf(copy, indexes), all);
    EXPECT_EQ(working.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'deferred_index'"), 1);  // untouched
}

TEST(PublicCopy, OpensAsTheDashboardOpensAnOfflineFile) {
    const std::vector<uint8_t> bytes = publicCopyOf(workingDatabase()).serialize();
    const Database opened = openUntrustedDatabase(bytes.data(), bytes.size());
    EXPECT_TRUE(isPublicCopy(opened));
    EXPECT_EQ(opened.scalarInt("SELECT count(*) FROM measure_status WHERE owner <> ''"), 0);
}

// A column added by a later migration must be decided on before it can reach a public copy.
TEST(PublicCopy, EveryTextColumnOfTheSchemaHasARule) {
    const Database db = test::openDefaultDatabase();
    const auto ruleFor = [](const std::string& table, const std::string& column) {
        for (const PublicColumnRule& rule : publicCopyRules()) {
            if (rule.table != table) continue;
            if (rule.columns == "*") return true;
            const std::string padded = " " + std::string(rule.columns) + " ";
            if (padded.find(" " + column + " ") != std::string::npos) return true;
        }
        return false;
    };
    std::set<std::string> virtualTables;
    Statement virtuals = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'");
    while (virtuals.step()) virtualTables.insert(virtuals.getText(0));
    const auto isShadow = [&](const std::string& table) {
        return std::any_of(virtualTables.begin(), virtualTables.end(),
                           [&](const std::string& v) { return table.rfind(v + "_", 0) == 0; });
    };
    int checked = 0;
    Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (tables.step()) {
        const std::string table = tables.getText(0);
        if (isShadow(table)) continue;
        Statement columns = db.prepare("SELECT name, upper(type) FROM pragma_table_info(?)");
        columns.bind(1, table);
        while (columns.step()) {
            const std::string column = columns.getText(0), type = columns.getText(1);
            // Text can be written into an untyped column too; numbers carry no names.
            if (!type.empty() && type.find("TEXT") == std::string::npos && type.find("BLOB") == std::string::npos) continue;
            EXPECT_TRUE(ruleFor(table, column)) << table << "." << column << " has no rule in core/public_copy.cpp";
            ++checked;
        }
    }
    EXPECT_GT(checked, 80);
    // And every rule names what is there (a rule for a renamed column would protect nothing).
    for (const PublicColumnRule& rule : publicCopyRules()) {
        if (rule.columns == "*" || db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = '" + std::string(rule.table) + "'") == 0) {
            continue;
        }
        std::string padded = " " + std::string(rule.columns) + " ";
        for (size_t at = 1; at < padded.size();) {
            const size_t end = padded.find(' ', at);
            const std::string column = padded.substr(at, end - at);
            Statement st = db.prepare("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
            st.bind(1, rule.table).bind(2, column);
            st.step();
            EXPECT_EQ(st.getInt(0), 1) << rule.table << "." << column;
            at = end + 1;
        }
    }
}
