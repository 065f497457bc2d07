// The app side of the baseline progress tabs on the default database: the day progress is read
// for, the computed map indicator following a checklist edit up the roll-up, action-list CSV files
// through the one import path, the assignment counts; and the roll-up arithmetic at its edges
// (no measures at all, an area with nothing below it, everything not applicable).
#include <gtest/gtest.h>

#include <algorithm>

#include "app_test_support.h"

#include "views/progress_view.h"
#include "core/assignments.h"
#include "core/progress_trend.h"
#include "core/schema.h"
#include "io/action_list_csv.h"
#include "io/action_list_file.h"
#include "io/file_import.h"
#include "io/import_error.h"

using namespace wb;

namespace {

std::optional<double> shownValue(const AppState& app, const std::string& code) {
    const auto feature = app.map.featureByCode.find(code);
    if (feature == app.map.featureByCode.end()) {
        ADD_FAILURE() << code << " is not on the map";
        return std::nullopt;
    }
    return app.map.values[feature->second];
}

int64_t measureOf(const Database& db, int64_t listId, const std::string& code) {
    for (const Measure& m : listMeasures(db, listId)) {
        if (m.fields.code == code) return m.id;
    }
    return 0;
}

}  // namespace

TEST(ProgressView, SignedPointsRoundToWholePoints) {
    EXPECT_EQ(signedPoints(12.4, Language::Dutch), "+12");
    EXPECT_EQ(signedPoints(-3.2, Language::English), "\u22123");
    EXPECT_EQ(signedPoints(0.4, Language::Dutch), "0");
    EXPECT_EQ(signedPoints(-0.4, Language::Dutch), "0");
    EXPECT_EQ(signedPoints(1234, Language::Dutch), "+1.234");
}

TEST(ProgressView, AMunicipalityAlwaysCountsTheMunicipalList) {
    Area municipality{"GM0014", "Groningen", AreaLevel::Municipality, "VR01"};
    Area region{"VR01", "Groningen", AreaLevel::SafetyRegion, "PV20"};
    EXPECT_EQ(listShownFor(&municipality, BaselineList::SafetyRegions), BaselineList::Municipalities);
    EXPECT_EQ(listShownFor(&region, BaselineList::SafetyRegions), BaselineList::SafetyRegions);
    EXPECT_EQ(listShownFor(nullptr, BaselineList::Municipalities), BaselineList::Municipalities);
}

TEST(ProgressView, TheMapFollowsAChecklistEditUpTheRollUp) {
    AppState app;
    test::openDefaultData(app);
    EXPECT_EQ(progressReferenceDay(app.db), "2025-11-01");  // the example story's today
    ASSERT_TRUE(std::any_of(app.indicators.begin(), app.indicators.end(),
                            [](const IndicatorInfo& i) { return i.id == kProgressIndicatorId; }));
    app.showIndicator(kProgressIndicatorId);
    ASSERT_EQ(app.map.indicator.id, kProgressIndicatorId);

    const ProgressSnapshot& before = app.progressView.snapshot(app.db, app.areas, app.changeCount);
    const ProgressCount gm = *before.now.overallOf("GM0014", BaselineList::Municipalities);
    const ProgressCount vr = *before.now.overallOf("VR01", BaselineList::Municipalities);
    EXPECT_DOUBLE_EQ(*shownValue(app, "GM0014"), *gm.percentDone());

    // A measure of Groningen not yet done becomes done on the reference day.
    const Checklist list = areaChecklist(app.db, "GM0014", before.day);
    const auto open = std::find_if(list.items.begin(), list.items.end(), [](const ChecklistItem& i) {
        return i.current.status == MeasureStatus::NotStarted || i.current.status == MeasureStatus::InProgress;
    });
    ASSERT_NE(open, list.items.end());
    setMeasureStatus(app.db, "GM0014", open->measure.id, {MeasureStatus::Done, before.day, "", "Team", "", "Test"});
    app.dataChanged();
    app.refreshComputed();

    const ProgressSnapshot& after = app.progressView.snapshot(app.db, app.areas, app.changeCount);
    EXPECT_EQ(after.now.overallOf("GM0014", BaselineList::Municipalities)->done, gm.done + 1);
    EXPECT_EQ(after.now.overallOf("VR01", BaselineList::Municipalities)->done, vr.done + 1);
    EXPECT_DOUBLE_EQ(*shownValue(app, "GM0014"), 100.0 * (gm.done + 1) / gm.applicable());

    MapSettings regions = app.map.settings;
    regions.level = AreaLevel::SafetyRegion;
    app.showMap(regions);
    ASSERT_EQ(app.map.indicator.id, kProgressIndicatorId);
    EXPECT_DOUBLE_EQ(*shownValue(app, "VR01"), 100.0 * (vr.done + 1) / vr.applicable());
    // The regions' own list on the map when the tab counts it.
    app.progressView.list = BaselineList::SafetyRegions;
    app.refreshComputed();
    EXPECT_EQ(shownValue(app, "VR01"), after.now.overallOf("VR01", BaselineList::SafetyRegions)->percentDone());
}

TEST(ActionListFile, AnExportedListComesBackThroughTheOneImportPath) {
    Database db = test::openDefaultDatabase();
    const auto regional = applicableList(db, AreaLevel::SafetyRegion);
    ASSERT_TRUE(regional);
    const std::string name = io::actionListFileName(regional->id, AreaLevel::SafetyRegion);
    for (Language language : {Language::Dutch, Language::English}) {
        const std::string csv = io::exportActionListCsv(db, regional->id, io::CsvStyle::forLanguage(language));
        ASSERT_TRUE(io::isActionListCsv(csv));
        const size_t listsBefore = actionLists(db).size();
        const io::ImportResult result = io::importFile(db, name, csv, {});
        EXPECT_EQ(result.table, "measure");
        const auto lists = actionLists(db);
        ASSERT_EQ(lists.size(), listsBefore + 1);
        const ActionList& imported = lists.back();
        EXPECT_EQ(imported.forLevel, AreaLevel::SafetyRegion);
        EXPECT_FALSE(imported.isExample);
        EXPECT_EQ(imported.name, "actielijst-veiligheidsregio-" + std::to_string(regional->id));
        const auto original = listMeasures(db, regional->id);
        const auto copy = listMeasures(db, imported.id);
        ASSERT_EQ(copy.size(), original.size());
        for (size_t i = 0; i < copy.size(); ++i) {
            EXPECT_EQ(copy[i].fields.code, original[i].fields.code);
            EXPECT_EQ(copy[i].fields.titleNl, original[i].fields.titleNl);
            EXPECT_EQ(copy[i].fields.partners, original[i].fields.partners);
        }
        EXPECT_EQ(io::exportActionListCsv(db, imported.id, io::CsvStyle::forLanguage(language)), csv);
    }
    EXPECT_EQ(io::actionListLevelFromFileName("mijn-lijst.csv"), AreaLevel::Municipality);
    EXPECT_FALSE(io::isActionListCsv("area_code,indicator,period,value\nGM0014,x,2024,1\n"));
    EXPECT_TRUE(io::isActionListCsv("\xEF\xBB\xBF# comment\n\"code\";\"phase\";\"topic\";\"title_nl\"\n"));
}

TEST(ActionListFile, ABadRowChangesNothingAndSaysWhere) {
    Database db = test::openDefaultDatabase();
    const size_t listsBefore = actionLists(db).size();
    const std::string csv = "code,phase,topic,title_nl\nX1,cold,water,Water\nX2,lukewarm,water,Nog meer water\n";
    try {
        io::importFile(db, "lijst.csv", csv, {});
        FAIL() << "a phase that does not exist was accepted";
    } catch (const io::ImportError& e) {
        EXPECT_EQ(e.where(), "line 3");
    }
    EXPECT_EQ(actionLists(db).size(), listsBefore);
}

TEST(Assignments, TheOverviewCountsEveryStatusOnce) {
    AppState app;
    test::openDefaultData(app);
    const ProgressSnapshot& figures = app.progressView.snapshot(app.db, app.areas, app.changeCount);
    const auto rows = assignmentOverview(app.db, figures.now, "NL01");
    ASSERT_EQ(rows.size(), 14u);
    const AssignmentCounts counts = countAssignments(rows);
    EXPECT_EQ(counts.done + counts.inProgress + counts.notStarted, 14);
    EXPECT_EQ(counts.overdue, std::count_if(rows.begin(), rows.end(), [](const AssignmentRow& r) { return r.overdue; }));
    EXPECT_EQ(countAssignments({}).done, 0);
}

// NL01 > PV20 > VR01 (GM0001 everything not applicable), VR02 (no municipalities at all).
TEST(ProgressRollUp, AreasWithNothingToCountHaveNoDataNotZero) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec(R"sql(
        INSERT INTO area (code, year, level, name, parent_code) VALUES
          ('NL01', 2025, 'country', 'Nederland', NULL),
          ('PV20', 2025, 'province', 'Provincie', 'NL01'),
          ('VR01', 2025, 'safety_region', 'Regio Een', 'PV20'),
          ('VR02', 2025, 'safety_region', 'Regio Leeg', 'PV20'),
          ('GM0001', 2025, 'municipality', 'Aa', 'VR01');
        INSERT INTO action_list (id, name, for_level) VALUES (1, 'Gemeenten', 'municipality'),
                                                             (2, 'Regio''s', 'safety_region');
        INSERT INTO measure (id, list_id, code, phase, topic, title_nl, title_en, sort_order) VALUES
          (1, 1, 'M1', 'cold', 'water', 'Water', 'Water', 1), (2, 1, 'M2', 'after', 'food', 'Voedsel', 'Food', 2);
    )sql");
    for (int64_t m : {1, 2}) {
        setMeasureStatus(db, "GM0001", m, {MeasureStatus::NotApplicable, "2025-01-01", "2024-01-01", "", "", "t"});
    }
    const AreaDirectory areas = AreaDirectory::load(db, 2025);
    const auto o = ProgressOverview::compute(db, areas, "2025-06-30");

    const auto gm = o.overallOf("GM0001", BaselineList::Municipalities);
    ASSERT_TRUE(gm);
    EXPECT_EQ(gm->measures, 2);
    EXPECT_EQ(gm->applicable(), 0);
    EXPECT_EQ(gm->notStarted(), 0);
    EXPECT_EQ(gm->overdue, 0);  // a due date in the past does not make a not-applicable measure overdue
    EXPECT_EQ(gm->percentDone(), std::nullopt);
    // A region without municipalities counts nothing: no data, and it adds nothing to the country.
    const auto empty = o.of("VR02", BaselineList::Municipalities);
    if (empty) {
        EXPECT_EQ(empty->areasCounted, 0);
        EXPECT_EQ(empty->overall.measures, 0);
        EXPECT_EQ(empty->overall.percentDone(), std::nullopt);
    }
    EXPECT_EQ(o.overallOf("NL01", BaselineList::Municipalities), gm);
    // The regions' list has no measures at all: every region and the country have no data.
    const auto regional = o.of("NL01", BaselineList::SafetyRegions);
    if (regional) {
        EXPECT_EQ(regional->overall.measures, 0);
        EXPECT_EQ(regional->overall.percentDone(), std::nullopt);
        EXPECT_EQ(regional->byPhase.size(), 3u);
        for (const KeyedProgress& phase : regional->byPhase) EXPECT_EQ(phase.count.percentDone(), std::nullopt);
    }
    // No data on either day: no change, rather than a change from or to 0%.
    EXPECT_EQ(progressChange(o, o, "GM0001", BaselineList::Municipalities).changePoints(), std::nullopt);
}
