// Cost totals add up across levels, and compare with the budgets (default database).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

#include "core/costs.h"

using namespace wb;

namespace {

class Costs : public ::testing::Test {
protected:
    Database db = test::openDefaultDatabase();
    AreaDirectory areas = AreaDirectory::load(db, kDefaultDivisionYear);
};

double sumOfTotals(const std::vector<ScopeCosts>& rows) {
    double sum = 0;
    for (const auto& r : rows) sum += r.total().totalEur();
    return sum;
}

}  // namespace

TEST_F(Costs, TotalsAddUpFromMunicipalitiesToRegionsToTheCountry) {
    // More costs on a region itself and on the country, besides the example's.
    const double regionOwnBefore = CostOverview::compute(db, areas, 2026).of("VR01")->own.totalEur();
    const double nationalOwnBefore = CostOverview::compute(db, areas, 2026).of("NL01")->own.totalEur();
    db.exec("INSERT INTO cost (measure_id, area_code, area_year, year, one_off_eur, yearly_eur) "
            "SELECT min(id), 'VR01', 2025, 2026, 1000, 250 FROM measure");
    db.exec("INSERT INTO cost (measure_id, area_code, area_year, year, one_off_eur, yearly_eur) "
            "SELECT min(id), 'NL01', 2025, 2026, 50000, 0 FROM measure");
    const CostOverview costs = CostOverview::compute(db, areas, 2026);

    const ScopeCosts vr01 = *costs.of("VR01");
    const auto municipalities = costs.childrenOf("VR01");
    EXPECT_FALSE(municipalities.empty());
    EXPECT_DOUBLE_EQ(vr01.own.totalEur(), regionOwnBefore + 1250.0);
    EXPECT_NEAR(vr01.total().totalEur(), vr01.own.totalEur() + sumOfTotals(municipalities), 1e-6);
    EXPECT_GT(sumOfTotals(municipalities), 0.0);

    const ScopeCosts nl = *costs.of("NL01");
    EXPECT_DOUBLE_EQ(nl.own.totalEur(), nationalOwnBefore + 50000.0);
    EXPECT_NEAR(nl.total().totalEur(), nl.own.totalEur() + sumOfTotals(costs.childrenOf("NL01")), 1e-6);
    // And the other way: every cost row of the year is counted exactly once in the national total.
    EXPECT_NEAR(nl.total().totalEur(), db.scalarInt("SELECT CAST(sum(one_off_eur + yearly_eur) AS INTEGER) FROM cost "
                                                    "WHERE year = 2026"),
                1.0);
    double regions = 0;
    for (const Area* region : areas.atLevel(AreaLevel::SafetyRegion)) regions += costs.of(region->code)->total().totalEur();
    EXPECT_NEAR(nl.total().totalEur(), nl.own.totalEur() + regions, 1e-6);
}

TEST_F(Costs, ScopesCompareWithTheirOwnBudgets) {
    const CostOverview costs = CostOverview::compute(db, areas, 2027);
    const ScopeCosts nl = *costs.of("NL01");
    ASSERT_TRUE(nl.budgetEur);
    EXPECT_DOUBLE_EQ(*nl.budgetEur, 70e6);
    EXPECT_DOUBLE_EQ(*nl.budgetLeftEur(), 70e6 - nl.total().totalEur());
    EXPECT_TRUE(costs.of("VR01")->budgetEur);
    EXPECT_FALSE(costs.of("GM0014")->budgetEur);  // none entered

    setBudget(db, areas, "GM0014", 2027, 125000, "raadsbesluit");
    EXPECT_DOUBLE_EQ(*CostOverview::compute(db, areas, 2027).of("GM0014")->budgetEur, 125000.0);
    EXPECT_THROW(setBudget(db, areas, "GM0014", 2027, -1, ""), std::invalid_argument);
    EXPECT_THROW(setBudget(db, areas, "XX01", 2027, 1, ""), std::invalid_argument);
}

TEST_F(Costs, PerMeasureAndPerYearFiguresMatchTheTotals) {
    for (const std::string scope : {"NL01", "VR06", "GM0014"}) {
        const CostOverview costs = CostOverview::compute(db, areas, 2026);
        double perMeasure = 0;
        for (const auto& m : costsByMeasure(db, areas, scope, 2026)) perMeasure += m.amounts.totalEur();
        EXPECT_NEAR(perMeasure, costs.of(scope)->total().totalEur(), 1e-6) << scope;

        const auto years = costsByYear(db, areas, scope);
        const auto y2026 = std::find_if(years.begin(), years.end(), [](const YearCosts& y) { return y.year == 2026; });
        ASSERT_NE(y2026, years.end());
        EXPECT_NEAR(y2026->amounts.totalEur(), costs.of(scope)->total().totalEur(), 1e-6) << scope;
    }
    const auto nlYears = costsByYear(db, areas, "NL01");
    ASSERT_EQ(nlYears.size(), 3u);  // 2025-2027, each with a budget
    EXPECT_DOUBLE_EQ(*nlYears[0].budgetEur, 30e6);
    EXPECT_EQ(CostOverview::compute(db, areas, 2026).of("XX99"), std::nullopt);
}

TEST_F(Costs, AnEstimateReplacesTheAreasRowsForThatMeasureAndYear) {
    const int64_t measure = db.scalarInt("SELECT min(id) FROM measure");
    const double before = CostOverview::compute(db, areas, 2026).of("VR09")->total().totalEur();
    double oldOwn = 0;
    for (const auto& m : ownCostEstimates(db, "GM0344", 2026)) {
        if (m.measureId == measure) oldOwn = m.amounts.totalEur();
    }
    setCostEstimate(db, areas, measure, "GM0344", 2026, CostAmounts{12000, 3000});
    const auto own = ownCostEstimates(db, "GM0344", 2026);
    const auto it = std::find_if(own.begin(), own.end(), [&](const MeasureCosts& m) { return m.measureId == measure; });
    ASSERT_NE(it, own.end());
    EXPECT_DOUBLE_EQ(it->amounts.oneOffEur, 12000);
    EXPECT_DOUBLE_EQ(it->amounts.yearlyEur, 3000);
    // The region's total moves by exactly the change: the municipality rolls up into it.
    EXPECT_NEAR(CostOverview::compute(db, areas, 2026).of("VR09")->total().totalEur(), before - oldOwn + 15000, 1e-6);

    setCostEstimate(db, areas, measure, "GM0344", 2026, CostAmounts{0, 0});  // removes it
    const auto after = ownCostEstimates(db, "GM0344", 2026);
    EXPECT_TRUE(std::none_of(after.begin(), after.end(), [&](const MeasureCosts& m) { return m.measureId == measure; }));
    EXPECT_THROW(setCostEstimate(db, areas, measure, "GM0344", 2026, CostAmounts{-1, 0}), std::invalid_argument);
    EXPECT_THROW(setCostEstimate(db, areas, measure, "XX01", 2026, CostAmounts{1, 0}), std::invalid_argument);
    EXPECT_THROW(setCostEstimate(db, areas, 999999, "GM0344", 2026, CostAmounts{1, 0}), std::invalid_argument);
}

TEST_F(Costs, TheCountrysMembersAreTheSafetyRegions) {
    const CostOverview costs = CostOverview::compute(db, areas, 2026);
    const auto regions = costs.membersOf("NL01");
    ASSERT_EQ(regions.size(), 25u);
    EXPECT_TRUE(std::all_of(regions.begin(), regions.end(), [](const ScopeCosts& c) { return c.level == AreaLevel::SafetyRegion; }));
    double provincesOwn = 0;
    for (const Area* province : areas.atLevel(AreaLevel::Province)) provincesOwn += costs.of(province->code)->own.totalEur();
    const ScopeCosts nl = *costs.of("NL01");
    EXPECT_NEAR(nl.total().totalEur(), nl.own.totalEur() + provincesOwn + sumOfTotals(regions), 1e-6);
    EXPECT_EQ(costs.membersOf("VR09").size(), costs.childrenOf("VR09").size());
}

TEST_F(Costs, PhasesSplitTheMeasureCostsWithoutLosingAny) {
    const auto perMeasure = costsByMeasure(db, areas, "VR09", 2026);
    const auto phases = costsByPhase(perMeasure);
    ASSERT_EQ(phases.size(), 3u);
    EXPECT_EQ(phases[0].first, "cold");
    double sum = 0, fromPhases = 0;
    for (const auto& m : perMeasure) sum += m.amounts.totalEur();
    for (const auto& p : phases) fromPhases += p.second.totalEur();
    EXPECT_GT(sum, 0.0);
    EXPECT_NEAR(fromPhases, sum, 1e-6);
}
