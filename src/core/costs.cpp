#include "core/costs.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "core/checklist.h"
#include "core/progress.h"

namespace wb {
namespace {

bool isInsideScope(const AreaDirectory& areas, const std::string& areaCode, const std::string& scopeCode) {
    const Area* area = areas.find(areaCode);
    return area && areas.isInside(*area, scopeCode);
}

CostAmounts readAmounts(const Statement& st, int first) { return {st.getDouble(first), st.getDouble(first + 1)}; }

}  // namespace

std::optional<double> ScopeCosts::budgetLeftEur() const {
    if (!budgetEur) return std::nullopt;
    return *budgetEur - total().totalEur();
}

CostOverview CostOverview::compute(const Database& db, const AreaDirectory& areas, int year) {
    CostOverview overview;
    overview.areas_ = &areas;
    overview.year_ = year;
    Statement st = db.prepare(
        "SELECT area_code, sum(one_off_eur), sum(yearly_eur) FROM cost WHERE year = ? GROUP BY area_code");
    st.bind(1, year);
    while (st.step()) {
        const Area* area = areas.find(st.getText(0));
        if (!area) continue;  // another division year
        const CostAmounts amounts = readAmounts(st, 1);
        const std::vector<const Area*> path = rollUpPath(areas, *area);
        overview.own_[area->code].add(amounts);
        for (size_t i = 1; i < path.size(); ++i) overview.inside_[path[i]->code].add(amounts);
    }
    Statement budgets = db.prepare("SELECT scope_code, amount_eur FROM budget WHERE year = ?");
    budgets.bind(1, year);
    while (budgets.step()) overview.budgets_[budgets.getText(0)] = budgets.getDouble(1);
    return overview;
}

std::optional<ScopeCosts> CostOverview::of(const std::string& areaCode) const {
    const Area* area = areas_ ? areas_->find(areaCode) : nullptr;
    if (!area) return std::nullopt;
    ScopeCosts out;
    out.areaCode = area->code;
    out.areaName = area->name;
    out.level = area->level;
    out.year = year_;
    if (const auto it = own_.find(areaCode); it != own_.end()) out.own = it->second;
    if (const auto it = inside_.find(areaCode); it != inside_.end()) out.inside = it->second;
    if (const auto it = budgets_.find(areaCode); it != budgets_.end()) out.budgetEur = it->second;
    return out;
}

std::vector<ScopeCosts> CostOverview::childrenOf(const std::string& areaCode) const {
    std::vector<ScopeCosts> out;
    if (!areas_) return out;
    for (const Area* child : areas_->children(areaCode)) out.push_back(*of(child->code));
    return out;
}

std::vector<ScopeCosts> CostOverview::membersOf(const std::string& areaCode) const {
    const Area* area = areas_ ? areas_->find(areaCode) : nullptr;
    if (!area || area->level != AreaLevel::Country) return childrenOf(areaCode);
    std::vector<ScopeCosts> out;
    for (const Area* region : areas_->atLevel(AreaLevel::SafetyRegion)) out.push_back(*of(region->code));
    std::sort(out.begin(), out.end(), [](const ScopeCosts& a, const ScopeCosts& b) { return a.areaName < b.areaName; });
    return out;
}

std::vector<MeasureCosts> costsByMeasure(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                         int year) {
    Statement st = db.prepare(
        "SELECT c.area_code, m.id, m.code, m.title_nl, m.title_en, sum(c.one_off_eur), sum(c.yearly_eur), m.phase "
        "FROM cost c JOIN measure m ON m.id = c.measure_id WHERE c.year = ? GROUP BY c.area_code, m.id");
    st.bind(1, year);
    std::map<int64_t, MeasureCosts> byMeasure;
    while (st.step()) {
        if (!isInsideScope(areas, st.getText(0), scopeCode)) continue;
        MeasureCosts& m = byMeasure[st.getInt(1)];
        m.measureId = st.getInt(1);
        m.measureCode = st.getText(2);
        m.titleNl = st.getText(3);
        m.titleEn = st.getText(4);
        m.phase = st.getText(7);
        m.amounts.add(readAmounts(st, 5));
    }
    std::vector<MeasureCosts> out;
    for (auto& entry : byMeasure) out.push_back(std::move(entry.second));
    std::stable_sort(out.begin(), out.end(), [](const MeasureCosts& a, const MeasureCosts& b) {
        return a.amounts.totalEur() > b.amounts.totalEur();
    });
    return out;
}

std::vector<std::pair<std::string, CostAmounts>> costsByPhase(const std::vector<MeasureCosts>& perMeasure) {
    std::vector<std::pair<std::string, CostAmounts>> out;
    for (std::string_view phase : kMeasurePhases) out.emplace_back(std::string(phase), CostAmounts{});
    for (const MeasureCosts& m : perMeasure) {
        for (auto& [phase, amounts] : out) {
            if (phase == m.phase) amounts.add(m.amounts);
        }
    }
    return out;
}

std::vector<YearCosts> costsByYear(const Database& db, const AreaDirectory& areas, const std::string& scopeCode) {
    std::map<int, YearCosts> byYear;
    Statement st = db.prepare("SELECT area_code, year, sum(one_off_eur), sum(yearly_eur) FROM cost GROUP BY area_code, year");
    while (st.step()) {
        if (!isInsideScope(areas, st.getText(0), scopeCode)) continue;
        YearCosts& y = byYear[static_cast<int>(st.getInt(1))];
        y.year = static_cast<int>(st.getInt(1));
        y.amounts.add(readAmounts(st, 2));
    }
    Statement budgets = db.prepare("SELECT year, amount_eur FROM budget WHERE scope_code = ?");
    budgets.bind(1, scopeCode);
    while (budgets.step()) {
        YearCosts& y = byYear[static_cast<int>(budgets.getInt(0))];
        y.year = static_cast<int>(budgets.getInt(0));
        y.budgetEur = budgets.getDouble(1);
    }
    std::vector<YearCosts> out;
    for (auto& entry : byYear) out.push_back(entry.second);
    return out;
}

std::vector<MeasureCosts> ownCostEstimates(const Database& db, const std::string& areaCode, int year) {
    Statement st = db.prepare(
        "SELECT m.id, m.code, m.title_nl, m.title_en, m.phase, sum(c.one_off_eur), sum(c.yearly_eur) "
        "FROM cost c JOIN measure m ON m.id = c.measure_id WHERE c.area_code = ? AND c.year = ? GROUP BY m.id ORDER BY m.id");
    st.bind(1, areaCode).bind(2, year);
    std::vector<MeasureCosts> out;
    while (st.step()) out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4), readAmounts(st, 5)});
    return out;
}

void setCostEstimate(Database& db, const AreaDirectory& areas, int64_t measureId, const std::string& areaCode, int year,
                     const CostAmounts& amounts) {
    for (double amount : {amounts.oneOffEur, amounts.yearlyEur}) {
        if (!std::isfinite(amount) || amount < 0) throw std::invalid_argument("a cost is a positive amount in EUR");
    }
    if (!areas.find(areaCode)) throw std::invalid_argument("there is no area " + areaCode);
    Statement known = db.prepare("SELECT count(*) FROM measure WHERE id = ?");
    known.bind(1, measureId);
    if (!known.step() || known.getInt(0) == 0) throw std::invalid_argument("there is no measure " + std::to_string(measureId));
    Transaction transaction(db);
    // Earlier rows (the example data may hold several per measure, area and year) become this one.
    Statement remove = db.prepare("DELETE FROM cost WHERE measure_id = ? AND area_code = ? AND year = ?");
    remove.bind(1, measureId).bind(2, areaCode).bind(3, year);
    remove.run();
    if (amounts.totalEur() > 0) {
        Statement insert = db.prepare(
            "INSERT INTO cost (measure_id, area_code, area_year, year, one_off_eur, yearly_eur) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, measureId).bind(2, areaCode).bind(3, kDefaultDivisionYear).bind(4, year);
        insert.bind(5, amounts.oneOffEur).bind(6, amounts.yearlyEur);
        insert.run();
    }
    transaction.commit();
}

void setBudget(Database& db, const AreaDirectory& areas, const std::string& scopeCode, int year, double amountEur,
               const std::string& note) {
    if (!std::isfinite(amountEur) || amountEur < 0) throw std::invalid_argument("a budget is a positive amount in EUR");
    if (!areas.find(scopeCode)) throw std::invalid_argument("there is no area " + scopeCode);
    Statement st = db.prepare("INSERT OR REPLACE INTO budget (scope_code, year, amount_eur, note) VALUES (?, ?, ?, ?)");
    st.bind(1, scopeCode).bind(2, year).bind(3, amountEur).bind(4, note);
    st.run();
}

}  // namespace wb
