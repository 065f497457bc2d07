// Example vulnerable objects (hospitals, nursing homes, schools, childcare, ...) per municipality,
// as many as the category's rate per 100,000 residents suggests (assets/example_vulnerable_objects.csv).
// Small municipalities get a hospital or prison only now and then, as in reality.
#include "example_facility.h"
#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {

void insertExampleVulnerableObjects(Database& db, const ExampleWorld& world) {
    const ExampleTable categories = ExampleTable::read(world.assetsDir(), "example_vulnerable_objects.csv");
    ExampleFacilityWriter writer(db);
    for (const auto& area : world.municipalities()) {
        for (size_t c = 0; c < categories.size(); ++c) {
            const std::string& category = categories.text(c, "category");
            ExampleRandom random("vulnerable_object/" + category, area.area.code);
            const int64_t count = random.roundRandomly(area.population * categories.number(c, "per_100k") / 100000.0);
            const auto names = categories.list(c, "names");
            for (int64_t i = 0; i < count; ++i) {
                const std::string suffix = count > 1 ? " " + std::to_string(i + 1) : "";
                writer.insert({"vulnerable_object", category, random.pick(names) + " " + area.area.name + suffix,
                               scatterNear(area, random),
                               random.between(categories.integer(c, "capacity_min"), categories.integer(c, "capacity_max"))},
                              area);
            }
        }
    }
}

}  // namespace wb::tools
