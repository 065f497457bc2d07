// What the File menu and the JavaScript API do with the working database: import a file,
// reset to the default data. Shared so that a menu click and Dashboard.importFile take the very
// same path.
#pragma once

#include <string>
#include <string_view>

#include "app/app_state.h"
#include "io/indicator_import.h"

namespace wb {

struct ImportOutcome {
    bool ok = false;
    io::ImportResult result;
    std::string message;  // "name: what happened" or "name, where: what went wrong"
};

// Imports through io::importFile; on success refreshes the panels and schedules saving; on
// failure the database is unchanged. Either way the user sees a notice.
ImportOutcome importIntoApp(AppState& app, const std::string& name, std::string_view bytes, int defaultPeriod);

// The compiled-in default database.
Database openDefaultDatabase();

}  // namespace wb
