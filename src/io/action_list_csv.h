// Baseline action lists as CSV, so a list can be edited in a spreadsheet and shared.
//
// Columns (header row required, any order, '#' lines are comments, ',' ';' or tab detected):
//   code, phase, topic, title_nl  required
//   title_en, description, partners  optional (empty English title: the Dutch one)
// Other columns (such as the example files' "owner") are ignored. One row per measure, in order.
//
// Import is all-or-nothing: a bad row throws ImportError naming the line and what is wrong, and
// the database is left exactly as it was.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/area_level.h"
#include "core/database.h"
#include "io/csv_writer.h"
#include "io/import_result.h"

namespace wb::io {

// The measures of a list as CSV text (with the byte-order mark spreadsheets need).
std::string exportActionListCsv(const Database& db, int64_t listId, CsvStyle style);

struct ActionListImportTarget {
    // Replace the measures of this user list (0: make a new list). Measures whose code is in the
    // file keep their id, and with it their status history and costs; the others are deleted.
    int64_t replaceListId = 0;
    std::string newListName;  // for a new list
    AreaLevel newListLevel = AreaLevel::Municipality;
};

struct ActionListImportResult {
    ImportResult result;
    int64_t listId = 0;
};

ActionListImportResult importActionListCsv(Database& db, std::string_view text, const std::string& fileName,
                                           const ActionListImportTarget& target);

}  // namespace wb::io
