// Example costs and budgets (EUR). Costs per measure, area and year 2025-2027 follow the area's
// status: the one-off cost falls in the year the measure is (or will be) carried out, the yearly
// cost in the years after; measures that are not applicable cost nothing
// (assets/example_measure_costs.csv). The national budget and the regions' population shares come
// from assets/example_budgets.csv.
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "example_dates.h"
#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {
namespace {

constexpr int kFirstCostYear = 2025;
constexpr int kLastCostYear = 2027;

struct CurrentStatus {
    std::string status;
    int year = 0;
};

// (area code, measure code) -> the latest status and the year of its date.
std::map<std::pair<std::string, std::string>, CurrentStatus> currentStatuses(const Database& db) {
    std::map<std::pair<std::string, std::string>, CurrentStatus> out;
    auto query = db.prepare("SELECT s.area_code, m.code, s.status, CAST(substr(s.status_date, 1, 4) AS INTEGER) "
                            "FROM measure_status_current s JOIN measure m ON m.id = s.measure_id");
    while (query.step()) out[{query.getText(0), query.getText(1)}] = {query.getText(2), static_cast<int>(query.getInt(3))};
    return out;
}

// The year the one-off cost falls in, or 0 when the measure will not be carried out by 2027.
int implementationYear(const CurrentStatus& current, ExampleRandom& random) {
    if (current.status == "not_applicable") return 0;
    if (current.status == "done") return current.year;  // may be before 2025: then only yearly costs show
    if (current.status == "in_progress") return random.chance(0.6) ? 2026 : kFirstCostYear;
    return random.chance(0.6) ? kLastCostYear : 0;  // not started: planned for 2027, or not yet planned
}

double roundToHundred(double eur) { return std::round(eur / 100.0) * 100.0; }

void insertBudgets(Database& db, const ExampleWorld& world) {
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), "example_budgets.csv");
    auto budget = db.prepare("INSERT INTO budget (scope_code, year, amount_eur, note) VALUES (?, ?, ?, ?)");
    for (size_t r = 0; r < rows.size(); ++r) {
        const int year = rows.integer(r, "year");
        const double national = rows.number(r, "national_eur");
        budget.bind(1, "NL01").bind(2, year).bind(3, national).bind(4, "Fictief voorbeeld: landelijk budget");
        budget.run();
        for (const auto& region : world.regions()) {
            const double share = static_cast<double>(region.population) / world.nationalPopulation();
            budget.bind(1, region.area.code).bind(2, year);
            budget.bind(3, std::round(national * rows.number(r, "share_to_regions") * share / 1000.0) * 1000.0);
            budget.bind(4, "Fictief voorbeeld: aandeel naar inwonertal");
            budget.run();
        }
    }
}

}  // namespace

void insertExampleCosts(Database& db, const ExampleWorld& world) {
    const char* const file = "example_measure_costs.csv";
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), file);
    const auto measureIds = idsByCode(db, "SELECT code, id FROM measure");
    const auto statuses = currentStatuses(db);
    const auto regionMeasures = regionMeasureCodes(db);
    auto cost = db.prepare(
        "INSERT INTO cost (measure_id, area_code, area_year, year, one_off_eur, yearly_eur, note, is_example) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
    for (size_t r = 0; r < rows.size(); ++r) {
        const std::string& code = rows.text(r, "measure");
        const int64_t measureId = requireId(measureIds, code, file);
        const auto& areas = regionMeasures.count(code) ? world.regions() : world.municipalities();
        for (const auto& area : areas) {
            const auto status = statuses.find({area.area.code, code});
            if (status == statuses.end()) continue;
            ExampleRandom random("cost/" + code, area.area.code);
            const int year = implementationYear(status->second, random);
            if (year == 0) continue;
            const double thousands = area.population / 1000.0;
            const double oneOff = roundToHundred(
                (rows.number(r, "one_off_fixed") + rows.number(r, "one_off_per_1000") * thousands) * random.between(0.8, 1.2));
            const double yearly = roundToHundred(
                (rows.number(r, "yearly_fixed") + rows.number(r, "yearly_per_1000") * thousands) * random.between(0.8, 1.2));
            for (int y = std::max(year, kFirstCostYear); y <= kLastCostYear; ++y) {
                const bool isOneOffYear = y == year;
                const double yearlyThisYear = y > year ? yearly : 0.0;
                if (!isOneOffYear && yearlyThisYear == 0.0) continue;
                cost.bind(1, measureId).bind(2, area.area.code).bind(3, kDefaultDivisionYear).bind(4, y);
                cost.bind(5, isOneOffYear ? oneOff : 0.0).bind(6, yearlyThisYear);
                cost.bind(7, isOneOffYear ? rows.text(r, "note") : std::string());  // once, not every year
                cost.run();
            }
        }
    }
    insertBudgets(db, world);
}

}  // namespace wb::tools
