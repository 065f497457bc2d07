// The example threat scenarios and their effects per sector and period
// (assets/example_scenarios.csv, assets/example_scenario_effects.csv).
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {

void insertExampleScenarios(Database& db, const ExampleWorld& world) {
    const ExampleTable scenarios = ExampleTable::read(world.assetsDir(), "example_scenarios.csv");
    auto scenario = db.prepare(
        "INSERT INTO scenario (code, theme, name_nl, name_en, description, is_example) VALUES (?, ?, ?, ?, ?, 1)");
    for (size_t r = 0; r < scenarios.size(); ++r) {
        scenario.bind(1, scenarios.text(r, "code")).bind(2, scenarios.text(r, "theme"));
        scenario.bind(3, scenarios.text(r, "name_nl")).bind(4, scenarios.text(r, "name_en"));
        scenario.bind(5, scenarios.text(r, "description"));
        scenario.run();
    }

    const auto scenarioIds = idsByCode(db, "SELECT code, id FROM scenario");
    const ExampleTable effects = ExampleTable::read(world.assetsDir(), "example_scenario_effects.csv");
    auto effect = db.prepare(
        "INSERT INTO scenario_effect (scenario_id, sector, period, severity, description) VALUES (?, ?, ?, ?, ?)");
    const std::pair<const char*, const char*> periods[] = {
        {"0_24h", "severity_0_24h"}, {"24_72h", "severity_24_72h"}, {"after_72h", "severity_after_72h"}};
    for (size_t r = 0; r < effects.size(); ++r) {
        for (const auto& [period, column] : periods) {
            effect.bind(1, requireId(scenarioIds, effects.text(r, "scenario"), "example_scenario_effects.csv"));
            effect.bind(2, effects.text(r, "sector")).bind(3, period).bind(4, effects.integer(r, column));
            effect.bind(5, effects.text(r, "description"));
            effect.run();
        }
    }
}

}  // namespace wb::tools
