// The board report's figures agree with the progress, assignment and cost queries they come from,
// and snapshots give the change since the previous report (default database).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

#include "core/meta.h"
#include "core/progress_trend.h"
#include "core/report_data.h"

using namespace wb;

namespace {

class ReportData : public ::testing::Test {
protected:
    Database db = test::openDefaultDatabase();
    AreaDirectory areas = AreaDirectory::load(db, kDefaultDivisionYear);
    std::string asOf = metaValue(db, "example_as_of").value_or("2025-11-01");
};

}  // namespace

TEST_F(ReportData, ARegionsReportHoldsTheSameNumbersAsTheQueries) {
    const ReportFigures f = reportFigures(db, areas, "VR06", asOf);
    EXPECT_EQ(f.scopeLevel, AreaLevel::SafetyRegion);
    EXPECT_EQ(f.quarterAgo, isoDateMonthsEarlier(asOf, 3));
    ASSERT_EQ(f.lists.size(), 2u);  // the municipalities' list and the region's own

    const auto overview = ProgressOverview::compute(db, areas, asOf);
    const auto municipal = overview.of("VR06", BaselineList::Municipalities);
    EXPECT_EQ(f.lists[0].progress.overall, municipal->overall);
    EXPECT_EQ(f.lists[0].children.size(), areas.children("VR06").size());
    ProgressCount sum;
    for (const auto& child : f.lists[0].children) sum.add(child.overall);
    EXPECT_EQ(sum, f.lists[0].progress.overall);
    EXPECT_EQ(f.lists[1].progress.overall, overview.of("VR06", BaselineList::SafetyRegions)->overall);
    EXPECT_TRUE(f.lists[0].changePoints);

    EXPECT_EQ(f.assignments.size(), 14u);
    EXPECT_EQ(static_cast<size_t>(f.overdueCount), overdueMeasures(db, areas, "VR06", asOf).size());
    EXPECT_EQ(f.overdueCount, f.lists[0].progress.overall.overdue + f.lists[1].progress.overall.overdue);
    EXPECT_LE(f.overdue.size(), kReportOverdueRows);
    const auto costs = CostOverview::compute(db, areas, 2025).of("VR06");
    EXPECT_DOUBLE_EQ(f.costs.total().totalEur(), costs->total().totalEur());
    EXPECT_TRUE(f.costs.budgetEur);

    const auto json = nlohmann::json::parse(reportFiguresJson(f));
    EXPECT_EQ(json["format"], "weerbaar-report-figures");
    EXPECT_EQ(json["scope"]["code"], "VR06");
    EXPECT_EQ(json["lists"][0]["scope"]["overall"]["done"], municipal->overall.done);
    EXPECT_EQ(json["assignments"].size(), 14u);
    EXPECT_EQ(json["overdue"]["count"], f.overdueCount);
}

TEST_F(ReportData, AMunicipalityHasOnlyItsOwnListAndNoChildren) {
    const ReportFigures f = reportFigures(db, areas, "GM0014", asOf);
    ASSERT_EQ(f.lists.size(), 1u);
    EXPECT_EQ(f.lists[0].list, BaselineList::Municipalities);
    EXPECT_TRUE(f.lists[0].children.empty());
    EXPECT_EQ(f.lists[0].progress.areasCounted, 1);
    EXPECT_THROW(reportFigures(db, areas, "GM9999", asOf), std::invalid_argument);
    EXPECT_THROW(reportFigures(db, areas, "GM0014", "2025-11"), std::invalid_argument);
}

TEST_F(ReportData, SnapshotsGiveTheChangeSinceThePreviousReport) {
    EXPECT_FALSE(previousSnapshot(db, "NL01", asOf));
    const std::string earlier = isoDateMonthsEarlier(asOf, 6);
    const ReportFigures before = reportFigures(db, areas, "NL01", earlier);
    const int64_t id = saveReportSnapshot(db, "NL01", earlier, before);
    saveReportSnapshot(db, "VR01", earlier, reportFigures(db, areas, "VR01", earlier));  // another scope

    const ReportFigures now = reportFigures(db, areas, "NL01", asOf);
    const auto previous = previousSnapshot(db, "NL01", asOf);
    ASSERT_TRUE(previous);
    EXPECT_EQ(previous->id, id);
    EXPECT_EQ(previous->asOf, earlier);
    ASSERT_EQ(previous->headline.lists.size(), 2u);
    EXPECT_EQ(previous->headline.lists[0].children.size(), 12u);  // the provinces
    EXPECT_EQ(previous->headline.overdueCount, before.overdueCount);
    EXPECT_DOUBLE_EQ(previous->headline.totalCostEur, before.costs.total().totalEur());

    const auto changes = changeSinceSnapshot(now, *previous);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].list, "municipalities");
    EXPECT_NEAR(*changes[0].changePoints,
                *now.lists[0].progress.overall.percentDone() - *before.lists[0].progress.overall.percentDone(), 1e-9);
    EXPECT_GT(*changes[0].changePoints, 0.0);
    EXPECT_FALSE(previousSnapshot(db, "NL01", earlier));  // nothing before the first one

    db.exec("UPDATE report_snapshot SET figures = '{\"format\": 1}'");
    EXPECT_THROW(previousSnapshot(db, "NL01", asOf), std::invalid_argument);
}
