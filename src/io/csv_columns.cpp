#include "io/csv_columns.h"

#include <algorithm>
#include <cctype>

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
    const int year = std::stoi(std::string(cell.substr(0, 4)));
    return year >= 1800 && year <= 2200 ? year : 0;
}

bool isMissingValue(std::string_view cell) {
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    return cell.empty() || cell == "." || cell == "x" || cell == "X" || cell == "-" || cell == "?";
}

namespace {

// Base letter of a two-byte UTF-8 Latin-1 letter (é -> e, ë -> e, â -> a), or 0.
char latin1BaseLetter(unsigned char lead, unsigned char next) {
    if (lead != 0xC3 || next < 0x80 || next > 0xBF) return 0;
    static const char* kBase = "aaaaaaaceeeeiiiidnooooo/ouuuuypsaaaaaaaceeeeiiiidnooooo/ouuuuypy";
    const char base = kBase[next - 0x80];
    return base == '/' ? 0 : base;
}

}  // namespace

std::string indicatorIdFromHeader(std::string_view header) {
    std::string ascii;
    for (size_t i = 0; i < header.size(); ++i) {
        const auto c = static_cast<unsigned char>(header[i]);
        if (c >= 0x80 && i + 1 < header.size()) {
            const char base = latin1BaseLetter(c, static_cast<unsigned char>(header[i + 1]));
            ascii += base ? base : '_';
            ++i;
        } else {
            ascii += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '_';
        }
    }
    std::string id = normalisedHeader(ascii);
    id.erase(std::unique(id.begin(), id.end(), [](char a, char b) { return a == '_' && b == '_'; }), id.end());
    while (!id.empty() && id.front() == '_') id.erase(id.begin());
    while (!id.empty() && id.back() == '_') id.pop_back();
    return id.empty() ? "indicator" : id;
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

    // Sample the content: which columns hold codes, numbers with a point or a comma.
    std::vector<size_t> codes(columns), numbers(columns), filled(columns), commaDecimals(columns), pointDecimals(columns);
    size_t sampled = 0;
    while (reader.next(fields)) {
        ++layout.dataRows;
        if (sampled >= sampleRows) continue;
        ++sampled;
        for (size_t c = 0; c < std::min(columns, fields.size()); ++c) {
            if (isMissingValue(fields[c])) continue;
            ++filled[c];
            if (!findCbsCode(fields[c]).empty()) ++codes[c];
            if (parseDecimal(fields[c], '.')) ++numbers[c];
            else if (parseDecimal(fields[c], ',')) ++numbers[c], ++commaDecimals[c];
            if (fields[c].find('.') != std::string_view::npos && parseDecimal(fields[c], '.')) ++pointDecimals[c];
        }
    }
    size_t commas = 0, points = 0;
    for (size_t c = 0; c < columns; ++c) {
        commas += commaDecimals[c];
        points += pointDecimals[c];
    }
    layout.decimal = commas > points || (commas == points && layout.delimiter == ';') ? ',' : '.';

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
