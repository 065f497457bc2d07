// Action-list CSV files arriving through the one import path (io/file_import.cpp): dropped on
// the page, picked in the file dialog or given to Dashboard.importFile. A CSV whose header has
// the action-list columns (code, phase, topic, title_nl) becomes a new user list named after the
// file, for safety regions when the file name says "regio" (as the dashboard's own exports of a
// regional list do), else for municipalities. All-or-nothing, like every import.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/area_level.h"
#include "core/database.h"
#include "io/import_job.h"

namespace wb::io {

// The first row that is not a comment names the action-list columns.
bool isActionListCsv(std::string_view bytes);

// The level a list imported from `fileName` is for.
AreaLevel actionListLevelFromFileName(const std::string& fileName);

// The file name the dashboard gives an exported list ("actielijst-gemeenten-3.csv",
// "actielijst-veiligheidsregio-4.csv"): importing it back gives a list for the same level.
std::string actionListFileName(int64_t listId, AreaLevel level);

// One step: the import is small (a list has tens of measures).
std::unique_ptr<ImportJob> startActionListImport(Database& db, std::string_view bytes, const std::string& fileName);

}  // namespace wb::io
