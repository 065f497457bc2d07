// Threat scenarios: the catalogue (national threat themes), effects per sector and period
// (0-24 h, 24-72 h, after 72 h), local actions per area linked to baseline measures, the scenario x
// area matrix of where local action perspective is missing, and the 72-hour view: which
// resilience points still work at hour h, and who is left uncovered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/areas.h"
#include "core/coverage_analysis.h"
#include "core/database.h"

namespace wb {

struct Scenario {
    int64_t id = 0;
    std::string code;
    std::string theme;  // one of the 9 national threat themes
    std::string nameNl, nameEn;
    std::string description;
    bool isExample = false;
};

// Every scenario; a long power outage (a scenario whose electricity fails first) leads, then by code.
std::vector<Scenario> scenarioCatalogue(const Database& db);
std::optional<Scenario> findScenario(const Database& db, const std::string& code);

enum class EffectPeriod { First24Hours, Hours24To72, After72Hours };
std::string_view toString(EffectPeriod period);  // 0_24h, 24_72h, after_72h (the database's keys)
EffectPeriod periodAtHour(double hour);          // [0,24) -> First24Hours, [24,72) -> Hours24To72, else After

struct ScenarioEffect {
    std::string sector;  // electricity, telecom, drinking_water, payments, transport, care, food, fuel, heating
    EffectPeriod period = EffectPeriod::First24Hours;
    int severity = 0;    // 0 none, 1 limited, 2 severe, 3 failed
    std::string description;
};

std::vector<ScenarioEffect> scenarioEffects(const Database& db, int64_t scenarioId);
// The effect on a sector in a period, or nullptr when the scenario says nothing about it.
const ScenarioEffect* findEffect(const std::vector<ScenarioEffect>& effects, std::string_view sector, EffectPeriod period);
// The sectors the effects speak of, in the order of `sectors` (the order a table shows them).
template <typename Keys>
std::vector<std::string> sectorsWithEffects(const std::vector<ScenarioEffect>& effects, const Keys& sectors) {
    std::vector<std::string> out;
    for (const auto& sector : sectors) {
        for (const auto& e : effects) {
            if (e.sector == sector) {
                out.emplace_back(sector);
                break;
            }
        }
    }
    return out;
}
// The severity of a sector at an hour of the scenario; 0 when the scenario says nothing about it.
int severityAt(const std::vector<ScenarioEffect>& effects, const std::string& sector, double hour);
// Grid power counts as out when the electricity effect is severe or worse (>= 2): residents and
// points then depend on emergency power, counted from hour 0 of the scenario.
constexpr int kPowerOutSeverity = 2;
bool powerOutAt(const std::vector<ScenarioEffect>& effects, double hour);

struct ScenarioAction {
    int64_t id = 0;
    int64_t scenarioId = 0;
    std::optional<int64_t> measureId;
    std::string measureCode;  // empty without a measure
    std::string areaCode;
    int areaYear = 0;
    std::string description;
    std::string status = "not_started";  // not_started, in_progress, done
};

// The local actions of a scenario, of one area (areaCode) or all (empty), by area then id.
std::vector<ScenarioAction> scenarioActions(const Database& db, int64_t scenarioId, const std::string& areaCode = {});
// std::invalid_argument for an empty description or an unknown status.
int64_t addScenarioAction(Database& db, const ScenarioAction& action);
void setScenarioActionStatus(Database& db, int64_t actionId, const std::string& status);
bool removeScenarioAction(Database& db, int64_t actionId);

// What a scenario expects of an area of a level: the baseline measures that any area of that level
// has linked a local action to for the scenario (the measures of action lists for that level). This
// follows the actions the areas themselves wrote down, since the schema has no separate list of
// expected actions per scenario.
struct ScenarioAreaCell {
    int expected = 0;       // measures expected for the scenario at this level
    int present = 0;        // of those, measures the area has an action for
    int done = 0;           // of those, measures with an action that is done
    int actions = 0;        // all actions of the area for the scenario
    bool missingPerspective() const { return actions == 0; }
};

struct ScenarioAreaMatrix {
    std::vector<Scenario> scenarios;
    std::vector<Area> areas;                           // municipalities or safety regions, by code
    std::vector<std::vector<ScenarioAreaCell>> cells;  // [area][scenario]
};

// Areas of `level` (municipality or safety region) inside `withinCode` (empty: all), in `year`.
ScenarioAreaMatrix scenarioAreaMatrix(const Database& db, AreaLevel level, int year, const std::string& withinCode = {});

// The 72-hour view at one hour of a scenario.
struct PointAtHour {
    int64_t id = 0;
    std::string name;
    bool works = false;
    // The hour the point stops, while the power is out: 0 without emergency power, else its
    // autonomy. nullopt when the grid is up at this hour.
    std::optional<double> stopsAtHour;
};

struct HourView {
    double hour = 0;
    bool powerOut = false;
    std::vector<PointAtHour> points;        // every point with a status the base qualification counts
    std::vector<AreaCoverageRow> areas;     // per area: uncovered residents and groups, suppressed
    // Per group (like CoverageAnalysis::groups()): whether the scenario hits it at this hour, e.g.
    // electricity-dependent care while the power is out.
    std::vector<bool> groupHit;
};

// Vulnerability indicators whose people depend on electricity at home (home ventilation, oxygen):
// meta `electricity_dependent_indicators` (comma-separated ids), by default
// "home_ventilation,oxygen_concentrator".
std::vector<std::string> electricityDependentIndicators(const Database& db);

// Qualifies the analysis's points for the hour (the base statuses, functions and power demands of
// `base`, plus the autonomy rule while the power is out) and reads the coverage. The analysis keeps
// that qualification afterwards, so an hour slider reuses one analysis (its cells are made once).
HourView scenarioHourView(const Database& db, int64_t scenarioId, double hour, const PointQualification& base,
                          CoverageAnalysis& analysis);

}  // namespace wb
