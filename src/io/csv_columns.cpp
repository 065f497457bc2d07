#include "io/csv_columns.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "io/csv_reader.h"
#include "io/number_parser.h"

namespace wb::io {
namespace {

std::string normalisedHeader(std::string_view h) {
    std::string out;
    for (unsigned char c : h) {
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
        else if (c == '_' || c == ' ' || c == '\'') out += '_';
    }
    // StatLine adds a column number to its keys: "Gemeentenaam_1", "AantalInwoners_5".
    const size_t underscore = out.rfind('_');
    if (underscore != std::string::npos && underscore + 1 < out.size() &&
        std::all_of(out.begin() + static_cast<long>(underscore) + 1, out.end(), ::isdigit)) {
        out.erase(underscore);
    }
    return out;
}

bool oneOf(const std::string& h, std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return h == n; });
}

ColumnRole roleFromHeader(const std::string& h) {
    if (oneOf(h, {"area_code", "code", "regiocode", "gemeentecode", "gm_code", "statcode", "codering", "regio_code",
                  "wijkenenbuurten", "gwb_code", "areacode"}))
        return ColumnRole::AreaCode;
    if (oneOf(h, {"area_name", "naam", "name", "gemeentenaam", "regio_s", "regios", "regio", "statnaam",
                  "gemeente"}))
        return ColumnRole::AreaName;
    if (oneOf(h, {"period", "periode", "perioden", "jaar", "year", "peildatum"})) return ColumnRole::Period;
    if (oneOf(h, {"indicator", "onderwerp", "variable", "indicator_id", "kenmerk"})) return ColumnRole::IndicatorName;
    if (oneOf(h, {"value", "waarde"})) return ColumnRole::Value;
    if (oneOf(h, {"id", "soortregio", "indelingswijziging", "meestvoorkomendepostcode", "dekkingspercentage",
                  "unit", "eenheid", "source", "bron"}))
        return ColumnRole::Ignore;
    return ColumnRole::IndicatorValues;  // decided by the content below
}

bool isCodePrefix(std::string_view s) {
    return s == "GM" || s == "WK" || s == "BU" || s == "VR" || s == "PV" || s == "NL";
}

}  // namespace

int CsvLayout::columnWith(ColumnRole role) const {
    const auto it = std::find(roles.begin(), roles.end(), role);
    return it == roles.end() ? -1 : static_cast<int>(it - roles.begin());
}

bool CsvLayout::isComplete() const {
    const bool area = columnWith(ColumnRole::AreaCode) >= 0 || columnWith(ColumnRole::AreaName) >= 0;
    const bool values = isLongFormat() ? columnWith(ColumnRole::Value) >= 0
                                       : columnWith(ColumnRole::IndicatorValues) >= 0;
    return area && values;
}

std::string findCbsCode(std::string_view cell) {
    // Expected lengths of the digits after each prefix.
    for (size_t i = 0; i + 2 < cell.size(); ++i) {
        if (!isCodePrefix(cell.substr(i, 2)) || (i > 0 && std::isalnum(static_cast<unsigned char>(cell[i - 1])))) {
            continue;
        }
        size_t j = i + 2;
        while (j < cell.size() && std::isdigit(static_cast<unsigned char>(cell[j]))) ++j;
        const size_t digits = j - i - 2;
        const std::string_view prefix = cell.substr(i, 2);
        const bool ok = (prefix == "GM" && digits == 4) || (prefix == "WK" && digits == 6) ||
                        (prefix == "BU" && digits == 8) || ((prefix == "VR" || prefix == "PV" || prefix == "NL") &&
                                                            digits == 2);
        if (ok && (j == cell.size() || !std::isalnum(static_cast<unsigned char>(cell[j])))) {
            return std::string(cell.substr(i, j - i));
        }
    }
    return {};
}

int parsePeriodYear(std::string_view cell) {
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    if (cell.size() < 4 || !std::all_of(cell.begin(), cell.begin() + 4, ::isdigit)) return 0;
    if (cell.size() > 4 && std::isdigit(static_cast<unsigned char>(cell[4]))) return 0;
    const int year = (cell[0] - '0') * 1000 + (cell[1] - '0') * 100 + (cell[2] - '0') * 10 + (cell[3] - '0');
    return year >= 1800 && year <= 2200 ? year : 0;
}

bool isMissingValue(std::string_view cell) {
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    return cell.empty() || cell == "." || cell == "x" || cell == "X" || cell == "-" || cell == "?";
}

CsvLayout inspectCsv(std::string_view text, size_t sampleRows) {
    CsvLayout layout;
    CsvReader reader(text);
    layout.delimiter = reader.delimiter();
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) return layout;
    for (auto f : fields) layout.headers.emplace_back(f);
    const size_t columns = fields.size();
    layout.roles.resize(columns);
    for (size_t c = 0; c < columns; ++c) layout.roles[c] = roleFromHeader(normalisedHeader(layout.headers[c]));

    // Sample the content: which columns hold codes and numbers, and which decimal separator the
    // numbers need. Only a cell that reads one way alone is evidence ("12,5", "1.234.567" need a
    // decimal comma, "3.25" a point); "1.500" reads both ways (1500 or 1.5) and decides nothing.
    std::vector<size_t> codes(columns), numbers(columns), filled(columns);
    size_t commaEvidence = 0, pointEvidence = 0;
    size_t sampled = 0;
    // Only the sample is read: the import reads (and checks) every row anyway.
    while (sampled < sampleRows && reader.next(fields)) {
        ++sampled;
        for (size_t c = 0; c < std::min(columns, fields.size()); ++c) {
            if (isMissingValue(fields[c])) continue;
            ++filled[c];
            if (!findCbsCode(fields[c]).empty()) ++codes[c];
            const std::optional<double> withPoint = parseSpreadsheetNumber(fields[c], '.');
            const std::optional<double> withComma = parseSpreadsheetNumber(fields[c], ',');
            if (withPoint || withComma) ++numbers[c];
            if (withPoint && !withComma) ++pointEvidence;
            if (withComma && !withPoint) ++commaEvidence;
        }
    }
    layout.decimal = commaEvidence > pointEvidence || (commaEvidence == pointEvidence && layout.delimiter == ';') ? ',' : '.';

    for (size_t c = 0; c < columns; ++c) {
        ColumnRole& role = layout.roles[c];
        const bool mostlyCodes = filled[c] > 0 && codes[c] * 10 >= filled[c] * 9;
        if (mostlyCodes && layout.columnWith(ColumnRole::AreaCode) < 0 && role != ColumnRole::IndicatorName) {
            role = ColumnRole::AreaCode;  // content beats the header: "Codering_3", "WijkenEnBuurten"
            continue;
        }
        if (role == ColumnRole::AreaCode && !mostlyCodes && filled[c] > 0) role = ColumnRole::AreaName;
        // Mostly numbers: an indicator (a stray typo is then reported with its line on import).
        if (role == ColumnRole::IndicatorValues && (filled[c] == 0 || numbers[c] * 4 < filled[c] * 3)) {
            role = ColumnRole::Ignore;
        }
    }
    // Only one column per area role: a second code column (e.g. the parent's) is ignored.
    for (ColumnRole r : {ColumnRole::AreaCode, ColumnRole::AreaName, ColumnRole::Period}) {
        bool seen = false;
        for (ColumnRole& role : layout.roles) {
            if (role != r) continue;
            if (seen) role = ColumnRole::Ignore;
            seen = true;
        }
    }
    if (layout.columnWith(ColumnRole::AreaCode) >= 0) {
        for (ColumnRole& role : layout.roles) {
            if (role == ColumnRole::AreaName) role = ColumnRole::Ignore;  // the code wins
        }
    }
    if (layout.isLongFormat()) {
        for (ColumnRole& role : layout.roles) {
            if (role == ColumnRole::IndicatorValues) role = ColumnRole::Ignore;
        }
    }
    return layout;
}

}  // namespace wb::io
