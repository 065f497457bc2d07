// Local action perspective per scenario: the example actions of assets/example_scenario_actions.csv
// given to municipalities and safety regions, with gaps. An area that lags behind more often has
// no actions at all for a scenario: the "missing local action perspective" VNG assignment 7 asks
// about, which the dashboard should make visible.
#include <map>
#include <vector>

#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {
namespace {

struct ActionTemplate {
    int64_t scenarioId;
    int64_t measureId;
    std::string scenarioCode;
    std::string description;
};

}  // namespace

void insertExampleScenarioActions(Database& db, const ExampleWorld& world) {
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), "example_scenario_actions.csv");
    const auto scenarioIds = idsByCode(db, "SELECT code, id FROM scenario");
    const auto measureIds = idsByCode(db, "SELECT code, id FROM measure");
    // Templates by level, in file order (grouped by scenario).
    std::map<std::string, std::vector<ActionTemplate>> templates;
    for (size_t r = 0; r < rows.size(); ++r) {
        templates[rows.text(r, "level")].push_back(
            {requireId(scenarioIds, rows.text(r, "scenario"), "example_scenario_actions.csv"),
             requireId(measureIds, rows.text(r, "measure"), "example_scenario_actions.csv"), rows.text(r, "scenario"),
             rows.text(r, "description")});
    }

    auto insert = db.prepare(
        "INSERT INTO scenario_action (scenario_id, measure_id, area_code, area_year, description, status) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    auto fill = [&](const std::vector<AreaFacts>& areas, const std::vector<ActionTemplate>& actions) {
        for (const auto& area : areas) {
            const double progress = world.progressOf(area);
            for (const auto& action : actions) {
                // Whether the area has thought about this scenario at all: the same answer for
                // every action of the scenario. The long power outage gets attention first.
                const double gap = (action.scenarioCode == "STROOM" ? 0.05 : 0.2) + (1 - progress) * 0.45;
                if (ExampleRandom("scenario_gap", area.area.code + "/" + action.scenarioCode).chance(gap)) continue;
                ExampleRandom random("scenario_action",
                                     area.area.code + "/" + action.scenarioCode + "/" + std::to_string(action.measureId));
                if (random.chance(0.5)) continue;
                const double u = random.uniform();
                const char* status = u < progress * 0.6 ? "done" : u < progress * 0.6 + 0.3 ? "in_progress" : "not_started";
                insert.bind(1, action.scenarioId).bind(2, action.measureId).bind(3, area.area.code);
                insert.bind(4, kDefaultDivisionYear).bind(5, action.description).bind(6, status);
                insert.run();
            }
        }
    };
    fill(world.municipalities(), templates["municipality"]);
    fill(world.regions(), templates["safety_region"]);
}

}  // namespace wb::tools
