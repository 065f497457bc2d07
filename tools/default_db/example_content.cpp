#include "example_content.h"

#include "example_dates.h"
#include "example_steps.h"

namespace wb::tools {

void insertExampleContent(Database& db, const std::string& assetsDir, const std::vector<AreaFacts>& facts) {
    const ExampleWorld world(assetsDir, facts);
    insertExampleActionLists(db, world);
    insertExampleAssignments(db, world);
    insertExampleMeasureStatus(db, world);
    insertExampleScenarios(db, world);
    insertExampleScenarioActions(db, world);
    insertExampleVulnerability(db, world);
    insertExampleVulnerableObjects(db, world);
    insertExampleResiliencePoints(db, world);
    insertExampleOrganisations(db, world);
    insertExamplePractices(db, world);
    insertExampleCosts(db, world);

    // The UI labels the data with these, and can tell example content from the user's own.
    auto meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    const std::pair<const char*, std::string> entries[] = {
        {"example_content", "1"},
        {"example_as_of", isoDate(kExampleAsOfDay)},
        {"example_notice_nl",
         "Fictieve voorbeeldgegevens: voortgang, kwetsbaarheidscijfers, noodsteunpunten, organisaties, praktijken "
         "en kosten zijn verzonnen. Alleen de gebiedsindeling en inwonertallen zijn echt (CBS)."},
        {"example_notice_en",
         "Fictitious example data: progress, vulnerability figures, resilience points, organisations, practices "
         "and costs are made up. Only the areas and population figures are real (CBS)."},
    };
    for (const auto& [key, value] : entries) {
        meta.bind(1, key).bind(2, value);
        meta.run();
    }
}

}  // namespace wb::tools
