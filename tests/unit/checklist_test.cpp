// The checklist of an area, status history, and editing user lists, on the default database.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

#include "core/checklist.h"

using namespace wb;

namespace {

constexpr const char* kAsOf = "2025-11-01";

int64_t measureId(const Database& db, const std::string& code) {
    Statement st = db.prepare("SELECT id FROM measure WHERE code = ?");
    st.bind(1, code);
    return st.step() ? st.getInt(0) : 0;
}

}  // namespace

TEST(Checklist, AMunicipalityGetsTheMunicipalListWithItsStatuses) {
    const Database db = test::openDefaultDatabase();
    const Checklist list = areaChecklist(db, "GM0014", kAsOf);
    ASSERT_TRUE(list.list);
    EXPECT_TRUE(list.list->isExample);
    EXPECT_EQ(list.list->forLevel, AreaLevel::Municipality);
    ASSERT_EQ(list.items.size(), 41u);
    EXPECT_EQ(list.items.front().measure.fields.code, "G01");
    int recorded = 0;
    for (const auto& item : list.items) {
        if (item.current.id == 0) {
            EXPECT_EQ(item.current.status, MeasureStatus::NotStarted);  // no row: not started
        } else {
            ++recorded;
            EXPECT_LE(item.current.statusDate, kAsOf);
        }
        EXPECT_EQ(item.overdue, isOverdue(item.current.status, item.current.dueDate, kAsOf));
    }
    EXPECT_GT(recorded, 0);
    EXPECT_EQ(areaChecklist(db, "VR01", kAsOf).items.size(), 18u);
    EXPECT_FALSE(areaChecklist(db, "NL01", kAsOf).list);  // the country has no list of its own
    EXPECT_THROW(areaChecklist(db, "GM9999", kAsOf), std::invalid_argument);
    EXPECT_THROW(areaChecklist(db, "GM0014", "2025-11-31"), std::invalid_argument);
}

TEST(Checklist, ASetStatusAppendsHistoryAndNeverRewritesIt) {
    Database db = test::openDefaultDatabase();
    const int64_t g05 = measureId(db, "G05");
    const auto before = statusHistory(db, "GM0014", g05);
    const int64_t rows = db.scalarInt("SELECT count(*) FROM measure_status");

    const int64_t id = setMeasureStatus(db, "GM0014", g05,
                                        {MeasureStatus::Done, "2025-11-01", "2025-12-31", "Team OOV",
                                         "Besluit college 1 november", "Jan"});
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM measure_status"), rows + 1);
    const auto after = statusHistory(db, "GM0014", g05);
    ASSERT_EQ(after.size(), before.size() + 1);
    EXPECT_EQ(after.front().id, id);
    EXPECT_EQ(after.front().changedBy, "Jan");
    for (size_t i = 0; i < before.size(); ++i) EXPECT_EQ(after[i + 1].id, before[i].id);

    // A second change on the same day wins over the first: the later entry is the current one.
    setMeasureStatus(db, "GM0014", g05, {MeasureStatus::InProgress, "2025-11-01", "", "Team OOV", "", "Piet"});
    const Checklist list = areaChecklist(db, "GM0014", kAsOf);
    const auto item = std::find_if(list.items.begin(), list.items.end(),
                                   [&](const ChecklistItem& i) { return i.measure.id == g05; });
    ASSERT_NE(item, list.items.end());
    EXPECT_EQ(item->current.status, MeasureStatus::InProgress);
    EXPECT_EQ(item->current.changedBy, "Piet");
    // Read as of the day before, the change is not there yet.
    const Checklist earlier = areaChecklist(db, "GM0014", "2025-10-31");
    EXPECT_NE(std::find_if(earlier.items.begin(), earlier.items.end(),
                           [&](const ChecklistItem& i) { return i.measure.id == g05; })->current.id,
              item->current.id);
}

TEST(Checklist, ABadStatusChangeIsRefusedAndWritesNothing) {
    Database db = test::openDefaultDatabase();
    const auto bytes = db.serialize();
    const int64_t g05 = measureId(db, "G05");
    const int64_t r01 = measureId(db, "R01");
    const StatusChange ok{MeasureStatus::Done, "2025-11-01", "", "", "", ""};
    StatusChange badDate = ok;
    badDate.statusDate = "01-11-2025";
    StatusChange badDue = ok;
    badDue.dueDate = "2025-02-30";
    EXPECT_THROW(setMeasureStatus(db, "GM0014", g05, badDate), std::invalid_argument);
    EXPECT_THROW(setMeasureStatus(db, "GM0014", g05, badDue), std::invalid_argument);
    EXPECT_THROW(setMeasureStatus(db, "GM0014", r01, ok), std::invalid_argument);  // a region's measure
    EXPECT_THROW(setMeasureStatus(db, "GM9999", g05, ok), std::invalid_argument);
    EXPECT_THROW(setMeasureStatus(db, "GM0014", 999999, ok), std::invalid_argument);
    EXPECT_EQ(db.serialize(), bytes);
    EXPECT_EQ(measureStatusFromString("klaar"), std::nullopt);
    EXPECT_EQ(measureStatusFromString("not_applicable"), MeasureStatus::NotApplicable);
}

TEST(Checklist, DatesAreRealCalendarDays) {
    EXPECT_TRUE(isIsoDate("2024-02-29"));
    EXPECT_FALSE(isIsoDate("2025-02-29"));
    EXPECT_FALSE(isIsoDate("2025-04-31"));
    EXPECT_FALSE(isIsoDate("2025-1-01"));
    EXPECT_FALSE(isIsoDate("2025-11-01T10:00"));
    EXPECT_TRUE(isIsoDate("2000-02-29"));
    EXPECT_FALSE(isIsoDate("1900-02-29"));
}

TEST(Checklist, UserListsCanBeEditedTheExampleListOnlyCopied) {
    Database db = test::openDefaultDatabase();
    const auto example = applicableList(db, AreaLevel::Municipality);
    ASSERT_TRUE(example);
    const MeasureFields fields{"G99", "first_72h", "food", "Voedselpakketten", "", "", "Voedselbank"};
    EXPECT_THROW(addMeasure(db, example->id, fields), std::invalid_argument);

    const int64_t copy = copyActionList(db, example->id, "Onze actielijst");
    EXPECT_EQ(listMeasures(db, copy).size(), 41u);
    const int64_t added = addMeasure(db, copy, fields);
    auto measures = listMeasures(db, copy);
    ASSERT_EQ(measures.size(), 42u);
    EXPECT_EQ(measures.back().id, added);
    EXPECT_EQ(measures.back().fields.titleEn, "Voedselpakketten");  // no English title: the Dutch one
    EXPECT_THROW(addMeasure(db, copy, fields), std::invalid_argument);  // the code is taken

    MeasureFields edited = fields;
    edited.phase = "later";
    EXPECT_THROW(editMeasure(db, added, edited), std::invalid_argument);
    edited.phase = "after";
    editMeasure(db, added, edited);
    EXPECT_EQ(listMeasures(db, copy).back().fields.phase, "after");

    std::vector<int64_t> order;
    for (const auto& m : measures) order.insert(order.begin(), m.id);  // reversed
    reorderMeasures(db, copy, order);
    EXPECT_EQ(listMeasures(db, copy).front().id, added);
    order.pop_back();
    EXPECT_THROW(reorderMeasures(db, copy, order), std::invalid_argument);

    // The copy becomes the list that applies; deleting a measure takes its history along.
    setApplicableList(db, copy);
    EXPECT_EQ(applicableList(db, AreaLevel::Municipality)->id, copy);
    setMeasureStatus(db, "GM0014", added, {MeasureStatus::Done, "2025-10-01", "", "", "", ""});
    EXPECT_EQ(areaChecklist(db, "GM0014", kAsOf).items.front().current.status, MeasureStatus::Done);
    deleteMeasure(db, added);
    EXPECT_EQ(listMeasures(db, copy).size(), 41u);
    Statement left = db.prepare("SELECT count(*) FROM measure_status WHERE measure_id = ?");
    left.bind(1, added);
    left.step();
    EXPECT_EQ(left.getInt(0), 0);

    deleteActionList(db, copy);
    EXPECT_FALSE(actionList(db, copy));
    EXPECT_EQ(applicableList(db, AreaLevel::Municipality)->id, example->id);  // back to the oldest
}
