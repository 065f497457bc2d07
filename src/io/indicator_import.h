// Importing indicator tables (CSV, CBS StatLine exports) into indicator / indicator_value.
// All-or-nothing: one transaction; any bad row throws ImportError naming the line and column,
// and the database is left exactly as it was.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "io/csv_columns.h"

namespace wb::io {

struct ImportResult {
    std::string table;                    // the table that received the rows
    int64_t rows = 0;                     // values (or features) stored
    std::vector<std::string> indicators;  // indicator ids touched (for indicator imports)
    std::string message;                  // one line for the user
    bool replacedDatabase = false;        // a .sqlite file was opened in place of the working database
};

// `layout` comes from inspectCsv, possibly corrected by the user in the mapping dialog.
// `defaultPeriod` is used when the file has no period column.
ImportResult importIndicatorCsv(Database& db, std::string_view text, const CsvLayout& layout,
                                const std::string& fileName, int defaultPeriod);

}  // namespace wb::io
