// About 40 example good practices (assets/example_practices.csv), each owned by a municipality, or
// by a safety region when it serves a measure of the regions' list, and linked to its measures and
// scenarios. The fingerprint is the one imports use to recognise duplicates.
#include <algorithm>

#include "core/practice_fingerprint.h"
#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {

void insertExamplePractices(Database& db, const ExampleWorld& world) {
    const char* const file = "example_practices.csv";
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), file);
    const auto measureIds = idsByCode(db, "SELECT code, id FROM measure");
    const auto scenarioIds = idsByCode(db, "SELECT code, id FROM scenario");
    const auto regionMeasures = regionMeasureCodes(db);
    auto practice = db.prepare(
        "INSERT INTO practice (fingerprint, title, summary, owner_area_code, owner_area_year, topic, tags, source, "
        "published, is_example) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    auto toMeasure = db.prepare("INSERT INTO practice_measure (practice_id, measure_id) VALUES (?, ?)");
    auto toScenario = db.prepare("INSERT INTO practice_scenario (practice_id, scenario_id) VALUES (?, ?)");
    for (size_t r = 0; r < rows.size(); ++r) {
        const std::string& title = rows.text(r, "title");
        const auto measures = rows.list(r, "measures");
        const bool regional = std::any_of(measures.begin(), measures.end(),
                                          [&](const std::string& code) { return regionMeasures.count(code) > 0; });
        ExampleRandom random("practice_owner", title);
        const AreaFacts& owner = random.pick(regional ? world.regions() : world.municipalities());

        practice.bind(1, practiceFingerprint(title, owner.area.code)).bind(2, title).bind(3, rows.text(r, "summary"));
        practice.bind(4, owner.area.code).bind(5, kDefaultDivisionYear).bind(6, rows.text(r, "topic"));
        practice.bind(7, rows.text(r, "tags")).bind(8, kExampleSource).bind(9, rows.text(r, "published"));
        practice.run();
        const int64_t id = db.scalarInt("SELECT last_insert_rowid()");
        for (const auto& code : measures) {
            toMeasure.bind(1, id).bind(2, requireId(measureIds, code, file));
            toMeasure.run();
        }
        for (const auto& code : rows.list(r, "scenarios")) {
            toScenario.bind(1, id).bind(2, requireId(scenarioIds, code, file));
            toScenario.run();
        }
    }
}

}  // namespace wb::tools
