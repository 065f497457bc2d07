// Action lists to CSV and back: round trip, replacing a user list's measures, refused files.
#include <gtest/gtest.h>

#include <tuple>

#include "test_support.h"

#include "core/checklist.h"
#include "io/action_list_csv.h"
#include "io/import_error.h"

using namespace wb;

namespace wb {
// For comparing whole lists in the tests (found by argument-dependent lookup).
bool operator==(const MeasureFields& a, const MeasureFields& b) {
    return a.code == b.code && a.phase == b.phase && a.topic == b.topic && a.titleNl == b.titleNl &&
           a.titleEn == b.titleEn && a.description == b.description && a.partners == b.partners;
}
}  // namespace wb

namespace {

std::vector<MeasureFields> fieldsOf(const std::vector<Measure>& measures) {
    std::vector<MeasureFields> out;
    for (const auto& m : measures) out.push_back(m.fields);
    return out;
}

}  // namespace

TEST(ActionListCsv, ExportAndImportGiveTheSameListInBothStyles) {
    Database db = test::openDefaultDatabase();
    const int64_t example = applicableList(db, AreaLevel::Municipality)->id;
    for (const auto style : {io::CsvStyle::forLanguage(Language::Dutch), io::CsvStyle::forLanguage(Language::English)}) {
        const std::string csv = io::exportActionListCsv(db, example, style);
        const auto imported = io::importActionListCsv(db, csv, "lijst.csv", {0, "Kopie", AreaLevel::Municipality});
        EXPECT_EQ(imported.result.rows, 41);
        EXPECT_EQ(fieldsOf(listMeasures(db, imported.listId)), fieldsOf(listMeasures(db, example)));
        EXPECT_FALSE(actionList(db, imported.listId)->isExample);
        EXPECT_EQ(io::exportActionListCsv(db, imported.listId, style), csv);
    }
}

TEST(ActionListCsv, ReplacingKeepsTheHistoryOfMeasuresThatStay) {
    Database db = test::openDefaultDatabase();
    const auto imported = io::importActionListCsv(db,
                                                  "code,phase,topic,title_nl,partners\n"
                                                  "A1,cold,water,Noodwater regelen,Waterbedrijf\n"
                                                  "A2,after,food,Voedsel na de crisis,\n"
                                                  "A3,first_72h,care,Zorg in de eerste uren,GGD\n",
                                                  "eigen.csv", {0, "Eigen lijst", AreaLevel::Municipality});
    const auto before = listMeasures(db, imported.listId);
    ASSERT_EQ(before.size(), 3u);
    setMeasureStatus(db, "GM0014", before[0].id, {MeasureStatus::Done, "2025-10-01", "", "", "", "Jan"});

    // A1 edited and moved down, A2 dropped, A3 first, A4 new; comment lines and ';' are fine.
    const auto replaced = io::importActionListCsv(db,
                                                  "# eigen lijst, versie 2\n"
                                                  "code;phase;topic;title_nl;title_en\n"
                                                  "A3;first_72h;care;Zorg in de eerste uren;Care\n"
                                                  "A1;cold;water;Noodwater en tappunten regelen;\n"
                                                  "A4;cold;power;Noodstroom;Emergency power\n",
                                                  "eigen-v2.csv", {imported.listId, "", AreaLevel::Municipality});
    EXPECT_EQ(replaced.listId, imported.listId);
    const auto after = listMeasures(db, imported.listId);
    ASSERT_EQ(after.size(), 3u);
    EXPECT_EQ(after[0].fields.code, "A3");
    EXPECT_EQ(after[1].id, before[0].id);  // A1 kept its id, so its history
    EXPECT_EQ(after[1].fields.titleNl, "Noodwater en tappunten regelen");
    EXPECT_EQ(statusHistory(db, "GM0014", before[0].id).size(), 1u);
    EXPECT_EQ(after[2].fields.code, "A4");
}

TEST(ActionListCsv, BadFilesAreRefusedWithTheLineAndChangeNothing) {
    Database db = test::openDefaultDatabase();
    const int64_t example = applicableList(db, AreaLevel::Municipality)->id;
    const auto bytes = db.serialize();
    const io::ActionListImportTarget newList{0, "Nieuw", AreaLevel::Municipality};
    const std::vector<std::tuple<std::string, std::string, std::string>> bad = {
        {"", "", "no header"},
        {"code,phase,topic\nA1,cold,water\n", "line 1", "no title_nl column"},
        {"code,phase,topic,title_nl\n", "", "no measures"},
        {"code,phase,topic,title_nl\nA1,cold,water,Water\nA2,later,water,Later\n", "line 3", "a bad phase"},
        {"code,phase,topic,title_nl\nA1,cold,water,Water\nA1,cold,water,Weer\n", "line 3", "a code twice"},
        {"code,phase,topic,title_nl\nA1,cold,water\n", "line 2", "a short row"},
        {"code,phase,topic,title_nl\nA1,cold,,Water\n", "line 2", "no topic"},
        {"code,phase,topic,title_nl\n\"A1,cold,water,Water\n", "line 2", "an open quote"},
    };
    for (const auto& [text, where, what] : bad) {
        try {
            io::importActionListCsv(db, text, "bad.csv", newList);
            ADD_FAILURE() << what << " was accepted";
        } catch (const io::ImportError& e) {
            EXPECT_EQ(e.where(), where) << what << ": " << e.what();
        }
        EXPECT_EQ(db.serialize(), bytes) << what;
    }
    const std::string good = "code,phase,topic,title_nl\nA1,cold,water,Water\n";
    EXPECT_THROW(io::importActionListCsv(db, good, "x.csv", {example, "", AreaLevel::Municipality}), io::ImportError);
    EXPECT_THROW(io::importActionListCsv(db, good, "x.csv", {0, "", AreaLevel::Municipality}), io::ImportError);
    EXPECT_THROW(io::importActionListCsv(db, good, "x.csv", {0, "Land", AreaLevel::Country}), io::ImportError);
    EXPECT_EQ(db.serialize(), bytes);
}
