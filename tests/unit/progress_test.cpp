// Progress, roll-ups, trends and overdue measures on a small hand-made database whose figures are
// computed by hand below, plus the speed on the default database.
#include <gtest/gtest.h>

#include <chrono>

#include "test_support.h"

#include "core/assignments.h"
#include "core/meta.h"
#include "core/progress.h"
#include "core/progress_trend.h"
#include "core/schema.h"

using namespace wb;

namespace {

// NL01 > PV20 > VR01 (GM0001, GM0002) and VR02 (GM0003, GM0004).
// Municipal list: M1 cold/water, M2 cold/food, M3 first_72h/water, M4 after/food.
// Regional list: R1 cold/baseline, R2 after/baseline.
//
// As of 2025-06-30:
//   GM0001  M1 done, M2 in progress (due 2025-03-01: overdue), M3 not applicable, M4 nothing
//           -> 1 done of 3 applicable
//   GM0002  everything not applicable -> no data
//   GM0003  M1 done, M2 done (in progress before), M3 done on the as-of day, M4 in progress only
//           from 2025-07-01 (after the day: still not started) -> 3 of 4
//   GM0004  nothing recorded -> 0 of 4
//   VR01 own list: R1 done, R2 nothing -> 1 of 2;  VR02: both not applicable -> no data
class SmallDatabase : public ::testing::Test {
protected:
    void SetUp() override {
        db = Database::openMemory();
        migrate(db);
        db.exec(R"sql(
            INSERT INTO area (code, year, level, name, parent_code) VALUES
              ('NL01', 2025, 'country', 'Nederland', NULL),
              ('PV20', 2025, 'province', 'Provincie', 'NL01'),
              ('VR01', 2025, 'safety_region', 'Regio Een', 'PV20'),
              ('VR02', 2025, 'safety_region', 'Regio Twee', 'PV20'),
              ('GM0001', 2025, 'municipality', 'Aa', 'VR01'),
              ('GM0002', 2025, 'municipality', 'Bb', 'VR01'),
              ('GM0003', 2025, 'municipality', 'Cc', 'VR02'),
              ('GM0004', 2025, 'municipality', 'Dd', 'VR02');
            INSERT INTO action_list (id, name, for_level) VALUES (1, 'Gemeenten', 'municipality'),
                                                                 (2, 'Regio''s', 'safety_region');
            INSERT INTO measure (id, list_id, code, phase, topic, title_nl, title_en, sort_order) VALUES
              (1, 1, 'M1', 'cold', 'water', 'Water', 'Water', 1),
              (2, 1, 'M2', 'cold', 'food', 'Voedsel', 'Food', 2),
              (3, 1, 'M3', 'first_72h', 'water', 'Noodwater', 'Emergency water', 3),
              (4, 1, 'M4', 'after', 'food', 'Nazorg', 'Aftercare', 4),
              (5, 2, 'R1', 'cold', 'baseline', 'Basisniveau', 'Baseline', 1),
              (6, 2, 'R2', 'after', 'baseline', 'Evaluatie', 'Evaluation', 2);
            INSERT INTO assignment (id, board, number, title_nl, title_en, status, due_date) VALUES
              (1, 'VNG', 1, 'Basis', 'Base', 'in_progress', '2025-06-01'),
              (2, 'Veiligheidsberaad', 1, 'Regio', 'Region', 'done', '2025-01-01');
            INSERT INTO assignment_measure VALUES (1, 1), (1, 5);
        )sql");
        set("GM0001", 1, MeasureStatus::Done, "2025-01-10", "2025-01-01");
        set("GM0001", 2, MeasureStatus::InProgress, "2024-12-01", "2025-03-01");
        set("GM0001", 3, MeasureStatus::NotApplicable, "2024-11-01");
        for (int64_t m : {1, 2, 3, 4}) set("GM0002", m, MeasureStatus::NotApplicable, "2024-11-01", "2025-01-01");
        set("GM0003", 1, MeasureStatus::Done, "2025-02-01", "2025-01-01");
        set("GM0003", 2, MeasureStatus::InProgress, "2024-10-01");
        set("GM0003", 2, MeasureStatus::Done, "2025-05-01");
        set("GM0003", 3, MeasureStatus::Done, "2025-06-30");
        set("GM0003", 4, MeasureStatus::InProgress, "2025-07-01", "2025-01-01");
        set("VR01", 5, MeasureStatus::Done, "2025-01-01");
        for (int64_t m : {5, 6}) set("VR02", m, MeasureStatus::NotApplicable, "2024-11-01");
        areas = AreaDirectory::load(db, 2025);
    }

    void set(const std::string& area, int64_t measure, MeasureStatus status, const std::string& date,
             const std::string& due = {}) {
        setMeasureStatus(db, area, measure, {status, date, due, "Team", "", "test"});
    }

    ProgressCount overall(const ProgressOverview& o, const std::string& code, BaselineList list = BaselineList::Municipalities) {
        const auto p = o.overallOf(code, list);
        EXPECT_TRUE(p.has_value()) << code;
        return p.value_or(ProgressCount{});
    }

    Database db;
    AreaDirectory areas;
};

const ProgressCount& keyed(const std::vector<KeyedProgress>& rows, const std::string& key) {
    for (const auto& row : rows) {
        if (row.key == key) return row.count;
    }
    static const ProgressCount none;
    ADD_FAILURE() << "no row " << key;
    return none;
}

}  // namespace

TEST_F(SmallDatabase, NotApplicableLeavesTheDenominatorAndNothingApplicableIsNoData) {
    const auto o = ProgressOverview::compute(db, areas, "2025-06-30");
    const ProgressCount gm1 = overall(o, "GM0001");
    EXPECT_EQ(gm1.measures, 4);
    EXPECT_EQ(gm1.notApplicable, 1);
    EXPECT_EQ(gm1.applicable(), 3);
    EXPECT_EQ(gm1.done, 1);
    EXPECT_EQ(gm1.inProgress, 1);
    EXPECT_EQ(gm1.notStarted(), 1);
    EXPECT_DOUBLE_EQ(*gm1.percentDone(), 100.0 / 3);

    EXPECT_EQ(overall(o, "GM0002").applicable(), 0);
    EXPECT_EQ(overall(o, "GM0002").percentDone(), std::nullopt);  // no data, not 0%
    EXPECT_DOUBLE_EQ(*overall(o, "GM0003").percentDone(), 75.0);  // the as-of day counts, the day after not
    EXPECT_DOUBLE_EQ(*overall(o, "GM0004").percentDone(), 0.0);   // nothing recorded: not started
}

TEST_F(SmallDatabase, RollUpsPoolTheCountsSoTheyAddUpAcrossLevels) {
    const auto o = ProgressOverview::compute(db, areas, "2025-06-30");
    // VR01: 1 done of 3 applicable (GM0002 adds nothing applicable); VR02: 3 of 8.
    EXPECT_DOUBLE_EQ(*overall(o, "VR01").percentDone(), 100.0 / 3);
    EXPECT_DOUBLE_EQ(*overall(o, "VR02").percentDone(), 37.5);
    // NL: 4 done of 11 applicable = 36.36%; the mean of the municipalities' percentages
    // (33.3, 75, 0; GM0002 has none) would be 36.1%.
    EXPECT_DOUBLE_EQ(*overall(o, "NL01").percentDone(), 400.0 / 11);
    ProgressCount sum = overall(o, "VR01");
    sum.add(overall(o, "VR02"));
    EXPECT_EQ(sum, overall(o, "NL01"));
    EXPECT_EQ(overall(o, "PV20"), overall(o, "NL01"));
    const auto nl = o.of("NL01", BaselineList::Municipalities);
    ASSERT_TRUE(nl);
    EXPECT_EQ(nl->areasCounted, 4);
    EXPECT_EQ(nl->overall.overdue, 1);  // GM0001 M2; done and not applicable measures never are

    const auto children = o.childrenOf("VR01", BaselineList::Municipalities);
    ASSERT_EQ(children.size(), 2u);
    EXPECT_EQ(children[0].areaCode, "GM0001");
    EXPECT_EQ(children[1].overall.percentDone(), std::nullopt);
}

TEST_F(SmallDatabase, PhasesTopicsAndMeasuresAreCountedTheSameWay) {
    const auto nl = ProgressOverview::compute(db, areas, "2025-06-30").of("NL01", BaselineList::Municipalities);
    ASSERT_TRUE(nl);
    ASSERT_EQ(nl->byPhase.size(), 3u);
    EXPECT_EQ(nl->byPhase[0].key, "cold");
    EXPECT_DOUBLE_EQ(*keyed(nl->byPhase, "cold").percentDone(), 50.0);       // 3 done of 6 applicable
    EXPECT_DOUBLE_EQ(*keyed(nl->byPhase, "first_72h").percentDone(), 50.0);  // 1 of 2
    EXPECT_DOUBLE_EQ(*keyed(nl->byPhase, "after").percentDone(), 0.0);       // 0 of 3
    EXPECT_DOUBLE_EQ(*keyed(nl->byTopic, "water").percentDone(), 60.0);      // 3 of 5
    EXPECT_EQ(keyed(nl->byMeasure, "M1").done, 2);
    EXPECT_EQ(keyed(nl->byMeasure, "M1").notApplicable, 1);
}

TEST_F(SmallDatabase, TheRegionsOwnListIsCountedSeparately) {
    const auto o = ProgressOverview::compute(db, areas, "2025-06-30");
    EXPECT_DOUBLE_EQ(*overall(o, "VR01", BaselineList::SafetyRegions).percentDone(), 50.0);
    EXPECT_EQ(overall(o, "VR02", BaselineList::SafetyRegions).percentDone(), std::nullopt);
    EXPECT_DOUBLE_EQ(*overall(o, "NL01", BaselineList::SafetyRegions).percentDone(), 50.0);
    EXPECT_EQ(o.overallOf("GM0001", BaselineList::SafetyRegions), std::nullopt);
    EXPECT_DOUBLE_EQ(*overall(o, "VR01").percentDone(), 100.0 / 3);  // its municipalities, unchanged
}

TEST_F(SmallDatabase, ProgressInThePastComesFromTheHistory) {
    // 2025-03-30: GM0001 1 of 3, GM0003 only M1 done (M2 still in progress) 1 of 4, GM0004 0 of 4.
    const auto before = ProgressOverview::compute(db, areas, isoDateMonthsEarlier("2025-06-30", 3));
    const auto now = ProgressOverview::compute(db, areas, "2025-06-30");
    EXPECT_EQ(before.asOf(), "2025-03-30");
    EXPECT_DOUBLE_EQ(*overall(before, "NL01").percentDone(), 200.0 / 11);
    const ProgressChange change = progressChange(before, now, "NL01", BaselineList::Municipalities);
    EXPECT_NEAR(*change.changePoints(), 200.0 / 11, 1e-9);  // "last quarter +18.2 percentage points"
    EXPECT_NEAR(*progressChange(before, now, "GM0003", BaselineList::Municipalities).changePoints(), 50.0, 1e-9);
    EXPECT_EQ(progressChange(before, now, "GM0002", BaselineList::Municipalities).changePoints(), std::nullopt);

    // Before any record everything is not started; overdue follows the day too.
    const auto start = ProgressOverview::compute(db, areas, "2024-01-01");
    EXPECT_DOUBLE_EQ(*overall(start, "NL01").percentDone(), 0.0);
    EXPECT_EQ(overall(start, "NL01").applicable(), 16);
    EXPECT_EQ(overall(start, "NL01").overdue, 0);

    const auto series = progressSeries(db, areas, "GM0003", BaselineList::Municipalities,
                                       quarterlyDates("2025-06-30", 3));
    ASSERT_EQ(series.size(), 3u);
    EXPECT_EQ(series[0].date, "2024-12-30");
    EXPECT_DOUBLE_EQ(*series[0].percentDone, 0.0);
    EXPECT_DOUBLE_EQ(*series[1].percentDone, 25.0);
    EXPECT_DOUBLE_EQ(*series[2].percentDone, 75.0);
}

TEST_F(SmallDatabase, OverdueMeasuresAreNotDoneAndDueBeforeTheDay) {
    const auto overdue = overdueMeasures(db, areas, "NL01", "2025-06-30");
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].areaCode, "GM0001");
    EXPECT_EQ(overdue[0].measureCode, "M2");
    EXPECT_EQ(overdue[0].dueDate, "2025-03-01");
    EXPECT_TRUE(overdueMeasures(db, areas, "VR02", "2025-06-30").empty());
    EXPECT_TRUE(overdueMeasures(db, areas, "NL01", "2025-03-01").empty());  // due that day: not yet overdue
    EXPECT_FALSE(isOverdue(MeasureStatus::NotStarted, "", "2025-01-01"));
}

TEST_F(SmallDatabase, AssignmentsPoolTheirLinkedMeasuresOverTheScope) {
    const auto o = ProgressOverview::compute(db, areas, "2025-06-30");
    const auto rows = assignmentOverview(db, o, "NL01");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].board, "VNG");
    EXPECT_EQ(rows[0].measureCodes, (std::vector<std::string>{"M1", "R1"}));
    // M1 over 4 municipalities (2 done, 1 not applicable) + R1 over 2 regions (1 done, 1 n/a).
    EXPECT_EQ(rows[0].measureProgress.applicable(), 4);
    EXPECT_DOUBLE_EQ(*rows[0].measureProgress.percentDone(), 75.0);
    EXPECT_TRUE(rows[0].overdue);
    EXPECT_FALSE(rows[1].overdue);  // done
    EXPECT_EQ(assignmentOverview(db, o, "VR02")[0].measureProgress.percentDone(), 50.0);  // GM0003 done, GM0004 not

    updateAssignment(db, rows[0].id, "done", "VNG", "");
    EXPECT_EQ(assignmentOverview(db, o, "NL01")[0].status, "done");
    EXPECT_THROW(updateAssignment(db, rows[0].id, "finished", "", ""), std::invalid_argument);
    EXPECT_THROW(updateAssignment(db, 99, "done", "", ""), std::invalid_argument);
}

TEST(ProgressTrend, MonthsEarlierKeepsTheDayOrTakesTheLastOfTheMonth) {
    EXPECT_EQ(isoDateMonthsEarlier("2025-11-01", 3), "2025-08-01");
    EXPECT_EQ(isoDateMonthsEarlier("2025-05-31", 3), "2025-02-28");
    EXPECT_EQ(isoDateMonthsEarlier("2024-05-31", 3), "2024-02-29");
    EXPECT_EQ(isoDateMonthsEarlier("2025-02-15", 3), "2024-11-15");
    EXPECT_EQ(isoDateMonthsEarlier("2025-01-31", 12), "2024-01-31");
    EXPECT_THROW(isoDateMonthsEarlier("2025-13-01", 3), std::invalid_argument);
    ProgressChange change;
    change.toPercent = 40;
    EXPECT_EQ(change.changePoints(), std::nullopt);
}

TEST(ProgressOnTheDefaultDatabase, EveryMunicipalityAndRegionAddsUpAndItIsFast) {
    const Database db = test::openDefaultDatabase();
    const AreaDirectory areas = AreaDirectory::load(db, kDefaultDivisionYear);
    const std::string asOf = metaValue(db, "example_as_of").value_or("2025-11-01");
    const auto started = std::chrono::steady_clock::now();
    const auto now = ProgressOverview::compute(db, areas, asOf);
    const auto before = ProgressOverview::compute(db, areas, isoDateMonthsEarlier(asOf, 3));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    std::printf("two progress overviews of the default database: %.1f ms\n", ms);
    EXPECT_LT(ms, 1000.0);

    const auto nl = now.of("NL01", BaselineList::Municipalities);
    ASSERT_TRUE(nl);
    EXPECT_EQ(nl->areasCounted, 342);
    EXPECT_EQ(nl->overall.measures, 342 * 41);
    ProgressCount sum;
    for (const auto& province : now.childrenOf("NL01", BaselineList::Municipalities)) {
        for (const auto& region : now.childrenOf(province.areaCode, BaselineList::Municipalities)) sum.add(region.overall);
    }
    EXPECT_EQ(sum, nl->overall);  // provinces -> regions add up to the country
    EXPECT_EQ(now.of("NL01", BaselineList::SafetyRegions)->areasCounted, 25);
    EXPECT_GT(*nl->overall.percentDone(), 0.0);
    EXPECT_GT(nl->overall.overdue, 0);
    // Progress only grows in the example story.
    EXPECT_GT(*progressChange(before, now, "NL01", BaselineList::Municipalities).changePoints(), 0.0);
    EXPECT_THROW(ProgressOverview::compute(db, areas, "1 november"), std::invalid_argument);
}
