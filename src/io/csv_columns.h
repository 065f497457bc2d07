// Recognising what the columns of a spreadsheet or CBS StatLine export mean, so an indicator
// table can be imported without questions when the file is a usual one, and the mapping dialog
// can start from a good guess when it is not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wb::io {

enum class ColumnRole {
    Ignore,
    AreaCode,        // GM0014, WK001400, BU00140000, VR01, PV20, NL01
    AreaName,        // matched to area names when there is no code column
    Period,          // 2024, 2024JJ00, 2024-01-01
    IndicatorName,   // long format: which indicator the row's value belongs to
    Value,           // long format: the value
    IndicatorValues  // wide format: the column is one indicator
};

struct CsvLayout {
    char delimiter = ',';
    char decimal = '.';
    std::vector<std::string> headers;
    std::vector<ColumnRole> roles;

    int columnWith(ColumnRole role) const;  // first column with the role, or -1
    bool isLongFormat() const { return columnWith(ColumnRole::IndicatorName) >= 0; }
    // Ready to import without asking: an area column and something to import.
    bool isComplete() const;
};

// Looks at the header and up to `sampleRows` rows. Throws CsvError for malformed CSV.
CsvLayout inspectCsv(std::string_view text, size_t sampleRows = 200);

// A CBS area code somewhere in `cell` ("GM0014", " GM0014  ", "Groningen (GM0014)"), or empty.
std::string findCbsCode(std::string_view cell);

// The year of a period cell: "2024", "2024JJ00" (StatLine), "2024-01-01"; 0 if none.
int parsePeriodYear(std::string_view cell);

// Cells that mean "no value" in CBS and spreadsheet exports: "", ".", "x", "-", "?".
bool isMissingValue(std::string_view cell);

}  // namespace wb::io
