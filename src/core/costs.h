// Costs of the baseline measures (one-off and yearly, EUR) per measure, area and year, totalled
// up the area tree and compared with the budgets users enter per scope and year.
//
// How totals add up: costs are recorded on the area that bears them (a municipality, a safety
// region, or NL01 for national costs). An area's total is its own costs plus the totals of its
// children, so a region's total = its own + the sum of its municipalities' totals, and the
// national total = NL01's own + the sum of the provinces' totals (each province = the sum of its
// regions). Budgets are not summed: each scope's budget is its own figure, compared with that
// scope's total. Costs recorded on areas of another division year are not counted.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/area_directory.h"
#include "core/database.h"

namespace wb {

struct CostAmounts {
    double oneOffEur = 0;
    double yearlyEur = 0;
    double totalEur() const { return oneOffEur + yearlyEur; }
    void add(const CostAmounts& other) {
        oneOffEur += other.oneOffEur;
        yearlyEur += other.yearlyEur;
    }
};

struct ScopeCosts {
    std::string areaCode;
    std::string areaName;
    AreaLevel level = AreaLevel::Country;
    int year = 0;
    CostAmounts own;     // recorded on the area itself
    CostAmounts inside;  // the totals of its children
    std::optional<double> budgetEur;  // the scope's budget for the year, when entered

    CostAmounts total() const {
        CostAmounts sum = own;
        sum.add(inside);
        return sum;
    }
    // Budget minus total cost (negative: over budget); nullopt without a budget.
    std::optional<double> budgetLeftEur() const;
};

// The costs of one year for every area, computed with one query, read for any area.
class CostOverview {
public:
    static CostOverview compute(const Database& db, const AreaDirectory& areas, int year);

    int year() const { return year_; }
    // nullopt for an area not in the directory.
    std::optional<ScopeCosts> of(const std::string& areaCode) const;
    // The children of an area, ordered by name (all of them, with zero costs where none).
    std::vector<ScopeCosts> childrenOf(const std::string& areaCode) const;
    // The areas a scope's costs are shown split into: the safety regions for the country (they
    // cover it, and are what national reporting compares), the children for any other area;
    // ordered by name.
    std::vector<ScopeCosts> membersOf(const std::string& areaCode) const;

private:
    const AreaDirectory* areas_ = nullptr;
    int year_ = 0;
    std::unordered_map<std::string, CostAmounts> own_;
    std::unordered_map<std::string, CostAmounts> inside_;
    std::unordered_map<std::string, double> budgets_;
};

struct MeasureCosts {
    int64_t measureId = 0;
    std::string measureCode;
    std::string titleNl;
    std::string titleEn;
    std::string phase;  // cold, first_72h, after
    CostAmounts amounts;
};

// Costs per crisis phase (kMeasurePhases order, every phase present), summed from per-measure costs.
std::vector<std::pair<std::string, CostAmounts>> costsByPhase(const std::vector<MeasureCosts>& perMeasure);

// The costs of one year inside an area (itself and everything below), per measure, largest first.
std::vector<MeasureCosts> costsByMeasure(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                         int year);

struct YearCosts {
    int year = 0;
    CostAmounts amounts;  // inside the scope, including its own
    std::optional<double> budgetEur;
};

// Every year with costs or a budget for the scope, oldest first: the cost chart's bars and line.
std::vector<YearCosts> costsByYear(const Database& db, const AreaDirectory& areas, const std::string& scopeCode);

// The estimates recorded on the area itself (not below it) for a year, per measure, in measure id
// order: what the cost tab lets the user edit.
std::vector<MeasureCosts> ownCostEstimates(const Database& db, const std::string& areaCode, int year);

// Replaces the area's own estimate of a measure for a year by these amounts (all zero: removes it),
// in one transaction. std::invalid_argument for a negative or non-finite amount, an unknown area
// or an unknown measure.
void setCostEstimate(Database& db, const AreaDirectory& areas, int64_t measureId, const std::string& areaCode, int year,
                     const CostAmounts& amounts);

// Enters (or replaces) the budget of a scope for a year; std::invalid_argument for a negative or
// non-finite amount or an unknown scope.
void setBudget(Database& db, const AreaDirectory& areas, const std::string& scopeCode, int year, double amountEur,
               const std::string& note);

}  // namespace wb
