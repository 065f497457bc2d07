#include "core/scenarios.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/area_directory.h"
#include "core/meta.h"
#include "core/text_split.h"

namespace wb {
namespace {

const std::vector<std::string>& actionStatuses() {
    static const std::vector<std::string> list = {"not_started", "in_progress", "done"};
    return list;
}

void requireActionStatus(const std::string& status) {
    if (std::find(actionStatuses().begin(), actionStatuses().end(), status) == actionStatuses().end()) {
        throw std::invalid_argument("unknown action status '" + status + "'");
    }
}

EffectPeriod periodFromKey(const std::string& key) {
    if (key == "24_72h") return EffectPeriod::Hours24To72;
    if (key == "after_72h") return EffectPeriod::After72Hours;
    return EffectPeriod::First24Hours;
}

const char* actionListLevel(AreaLevel level) {
    if (level == AreaLevel::Municipality) return "municipality";
    if (level == AreaLevel::SafetyRegion) return "safety_region";
    throw std::invalid_argument("the scenario matrix is for municipalities or safety regions");
}

Scenario readScenario(const Statement& s) {
    return {s.getInt(0), s.getText(1), s.getText(2), s.getText(3), s.getText(4), s.getText(5), s.getInt(6) != 0};
}

constexpr const char* kSelectScenario = "SELECT id, code, theme, name_nl, name_en, description, is_example FROM scenario s ";

bool isOneOf(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

std::vector<Scenario> scenarioCatalogue(const Database& db) {
    auto query = db.prepare(std::string(kSelectScenario) +
                            "ORDER BY coalesce((SELECT severity FROM scenario_effect e WHERE e.scenario_id = s.id "
                            "AND e.sector = 'electricity' AND e.period = '0_24h'), 0) DESC, s.code");
    std::vector<Scenario> out;
    while (query.step()) out.push_back(readScenario(query));
    return out;
}

std::optional<Scenario> findScenario(const Database& db, const std::string& code) {
    auto query = db.prepare(std::string(kSelectScenario) + "WHERE code = ?");
    query.bind(1, code);
    if (!query.step()) return std::nullopt;
    return readScenario(query);
}

std::string_view toString(EffectPeriod period) {
    switch (period) {
        case EffectPeriod::First24Hours: return "0_24h";
        case EffectPeriod::Hours24To72: return "24_72h";
        case EffectPeriod::After72Hours: return "after_72h";
    }
    return "";
}

EffectPeriod periodAtHour(double hour) {
    if (hour < 24) return EffectPeriod::First24Hours;
    if (hour < 72) return EffectPeriod::Hours24To72;
    return EffectPeriod::After72Hours;
}

std::vector<ScenarioEffect> scenarioEffects(const Database& db, int64_t scenarioId) {
    auto query = db.prepare(
        "SELECT sector, period, severity, description FROM scenario_effect WHERE scenario_id = ? "
        "ORDER BY sector, CASE period WHEN '0_24h' THEN 0 WHEN '24_72h' THEN 1 ELSE 2 END");
    query.bind(1, scenarioId);
    std::vector<ScenarioEffect> out;
    while (query.step()) {
        out.push_back({query.getText(0), periodFromKey(query.getText(1)), static_cast<int>(query.getInt(2)),
                       query.getText(3)});
    }
    return out;
}

const ScenarioEffect* findEffect(const std::vector<ScenarioEffect>& effects, std::string_view sector, EffectPeriod period) {
    for (const auto& e : effects) {
        if (e.sector == sector && e.period == period) return &e;
    }
    return nullptr;
}

int severityAt(const std::vector<ScenarioEffect>& effects, const std::string& sector, double hour) {
    const ScenarioEffect* effect = findEffect(effects, sector, periodAtHour(hour));
    return effect ? effect->severity : 0;
}

bool powerOutAt(const std::vector<ScenarioEffect>& effects, double hour) {
    return severityAt(effects, "electricity", hour) >= kPowerOutSeverity;
}

std::vector<ScenarioAction> scenarioActions(const Database& db, int64_t scenarioId, const std::string& areaCode) {
    auto query = db.prepare(
        "SELECT a.id, a.scenario_id, a.measure_id, coalesce(m.code, ''), a.area_code, a.area_year, a.description, "
        "a.status FROM scenario_action a LEFT JOIN measure m ON m.id = a.measure_id "
        "WHERE a.scenario_id = ? AND (?2 = '' OR a.area_code = ?2) ORDER BY a.area_code, a.id");
    query.bind(1, scenarioId).bind(2, areaCode);
    std::vector<ScenarioAction> out;
    while (query.step()) {
        ScenarioAction a;
        a.id = query.getInt(0);
        a.scenarioId = query.getInt(1);
        if (!query.isNull(2)) a.measureId = query.getInt(2);
        a.measureCode = query.getText(3);
        a.areaCode = query.getText(4);
        a.areaYear = static_cast<int>(query.getInt(5));
        a.description = query.getText(6);
        a.status = query.getText(7);
        out.push_back(std::move(a));
    }
    return out;
}

int64_t addScenarioAction(Database& db, const ScenarioAction& action) {
    if (action.description.find_first_not_of(" \t") == std::string::npos) {
        throw std::invalid_argument("an action needs a description");
    }
    if (action.areaCode.empty()) throw std::invalid_argument("an action needs an area");
    requireActionStatus(action.status);
    auto insert = db.prepare(
        "INSERT INTO scenario_action (scenario_id, measure_id, area_code, area_year, description, status) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, action.scenarioId);
    if (action.measureId) insert.bind(2, *action.measureId); else insert.bind(2, nullptr);
    insert.bind(3, action.areaCode).bind(4, action.areaYear).bind(5, action.description).bind(6, action.status);
    insert.run();
    return db.scalarInt("SELECT last_insert_rowid()");
}

void setScenarioActionStatus(Database& db, int64_t actionId, const std::string& status) {
    requireActionStatus(status);
    auto update = db.prepare("UPDATE scenario_action SET status = ? WHERE id = ?");
    update.bind(1, status).bind(2, actionId);
    update.run();
    if (db.changes() == 0) throw std::invalid_argument("no scenario action with id " + std::to_string(actionId));
}

bool removeScenarioAction(Database& db, int64_t actionId) {
    auto remove = db.prepare("DELETE FROM scenario_action WHERE id = ?");
    remove.bind(1, actionId);
    remove.run();
    return db.changes() > 0;
}

ScenarioAreaMatrix scenarioAreaMatrix(const Database& db, AreaLevel level, int year, const std::string& withinCode) {
    const char* listLevel = actionListLevel(level);
    ScenarioAreaMatrix matrix;
    matrix.scenarios = scenarioCatalogue(db);
    const AreaDirectory directory = AreaDirectory::load(db, year);
    for (const Area* area : directory.atLevel(level)) {
        if (withinCode.empty() || directory.isInside(*area, withinCode)) matrix.areas.push_back(*area);
    }
    std::map<int64_t, size_t> scenarioIndex;
    for (size_t s = 0; s < matrix.scenarios.size(); ++s) scenarioIndex[matrix.scenarios[s].id] = s;
    std::map<std::string, size_t> areaIndex;
    for (size_t a = 0; a < matrix.areas.size(); ++a) areaIndex[matrix.areas[a].code] = a;

    std::vector<int> expected(matrix.scenarios.size(), 0);
    auto expectedQuery = db.prepare(
        "SELECT a.scenario_id, count(DISTINCT a.measure_id) FROM scenario_action a "
        "JOIN measure m ON m.id = a.measure_id JOIN action_list l ON l.id = m.list_id "
        "WHERE l.for_level = ? GROUP BY a.scenario_id");
    expectedQuery.bind(1, listLevel);
    while (expectedQuery.step()) {
        const auto s = scenarioIndex.find(expectedQuery.getInt(0));
        if (s != scenarioIndex.end()) expected[s->second] = static_cast<int>(expectedQuery.getInt(1));
    }
    matrix.cells.assign(matrix.areas.size(), std::vector<ScenarioAreaCell>(matrix.scenarios.size()));
    for (auto& row : matrix.cells) {
        for (size_t s = 0; s < row.size(); ++s) row[s].expected = expected[s];
    }

    auto perArea = db.prepare(
        "SELECT a.area_code, a.scenario_id, count(*), "
        "count(DISTINCT CASE WHEN l.for_level = ?1 THEN a.measure_id END), "
        "count(DISTINCT CASE WHEN l.for_level = ?1 AND a.status = 'done' THEN a.measure_id END) "
        "FROM scenario_action a LEFT JOIN measure m ON m.id = a.measure_id LEFT JOIN action_list l ON l.id = m.list_id "
        "WHERE a.area_year = ?2 GROUP BY a.area_code, a.scenario_id");
    perArea.bind(1, listLevel).bind(2, year);
    while (perArea.step()) {
        const auto a = areaIndex.find(perArea.getText(0));
        const auto s = scenarioIndex.find(perArea.getInt(1));
        if (a == areaIndex.end() || s == scenarioIndex.end()) continue;
        ScenarioAreaCell& cell = matrix.cells[a->second][s->second];
        cell.actions = static_cast<int>(perArea.getInt(2));
        cell.present = static_cast<int>(perArea.getInt(3));
        cell.done = static_cast<int>(perArea.getInt(4));
    }
    return matrix;
}

std::vector<std::string> electricityDependentIndicators(const Database& db) {
    const std::string text = metaValue(db, "electricity_dependent_indicators").value_or("home_ventilation,oxygen_concentrator");
    return splitTrimmed(text, ',');
}

HourView scenarioHourView(const Database& db, int64_t scenarioId, double hour, const PointQualification& base,
                          CoverageAnalysis& analysis) {
    HourView view;
    view.hour = hour;
    const auto effects = scenarioEffects(db, scenarioId);
    view.powerOut = powerOutAt(effects, hour);
    PointQualification atHour = base;
    atHour.outageHour = view.powerOut ? std::optional<double>(hour) : std::nullopt;
    analysis.setQualification(atHour);

    PointQualification withoutOutage = base;
    withoutOutage.outageHour.reset();
    for (const auto& point : analysis.allPoints()) {
        if (!qualifies(point, withoutOutage)) continue;
        PointAtHour p;
        p.id = point.id;
        p.name = point.name;
        p.works = qualifies(point, atHour);
        if (view.powerOut) p.stopsAtHour = point.emergencyPower ? point.autonomyHours.value_or(0.0) : 0.0;
        view.points.push_back(std::move(p));
    }
    view.areas = analysis.areas();
    const auto dependent = electricityDependentIndicators(db);
    for (const auto& group : analysis.groups()) view.groupHit.push_back(view.powerOut && isOneOf(dependent, group.id));
    return view;
}

}  // namespace wb
