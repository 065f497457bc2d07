// The steps of the example content, one file each, in the order example_content.cpp runs them:
// later steps read what earlier ones inserted (measures, scenarios, points, statuses).
#pragma once

#include "core/database.h"
#include "example_world.h"

namespace wb::tools {

// The example action list files and the level of area each one is for.
struct ExampleActionListFile {
    const char* level;  // action_list.for_level
    const char* file;   // in assets/
};
inline constexpr ExampleActionListFile kExampleActionListFiles[] = {
    {"municipality", "example_action_list_municipality.csv"},
    {"safety_region", "example_action_list_region.csv"},
};

void insertExampleActionLists(Database& db, const ExampleWorld& world);      // example_action_lists.cpp
void insertExampleAssignments(Database& db, const ExampleWorld& world);      // example_assignments.cpp
void insertExampleMeasureStatus(Database& db, const ExampleWorld& world);    // example_measure_status.cpp
void insertExampleScenarios(Database& db, const ExampleWorld& world);        // example_scenarios.cpp
void insertExampleScenarioActions(Database& db, const ExampleWorld& world);  // example_scenario_actions.cpp
void insertExampleVulnerability(Database& db, const ExampleWorld& world);    // example_vulnerability.cpp
void insertExampleVulnerableObjects(Database& db, const ExampleWorld& world);  // example_vulnerable_objects.cpp
void insertExampleResiliencePoints(Database& db, const ExampleWorld& world);   // example_resilience_points.cpp
void insertExampleOrganisations(Database& db, const ExampleWorld& world);    // example_organisations.cpp
void insertExamplePractices(Database& db, const ExampleWorld& world);        // example_practices.cpp
void insertExampleCosts(Database& db, const ExampleWorld& world);            // example_costs.cpp

}  // namespace wb::tools
