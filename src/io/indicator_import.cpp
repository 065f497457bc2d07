#include "io/indicator_import.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "io/csv_reader.h"
#include "io/import_error.h"
#include "io/number_parser.h"

namespace wb::io {
namespace {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
}

std::string lineRef(int line) { return "line " + std::to_string(line); }

struct AreaRef {
    std::string code;
    int year = 0;
};

// Finds areas by CBS code, or by name when the file has names only (StatLine's "Regio's").
class AreaLookup {
public:
    explicit AreaLookup(const Database& db) : db_(db), byCode_(db.prepare(
        "SELECT year FROM area WHERE code = ? ORDER BY year DESC LIMIT 1")) {}

    std::optional<AreaRef> byCode(const std::string& code) {
        const auto cached = codes_.find(code);
        if (cached != codes_.end()) return cached->second;
        byCode_.reset();
        byCode_.bind(1, code);
        std::optional<AreaRef> found;
        if (byCode_.step()) found = AreaRef{code, static_cast<int>(byCode_.getInt(0))};
        codes_.emplace(code, found);
        return found;
    }

    // Names repeat across levels ("Groningen" is a province, a safety region and a
    // municipality): use the level where most of the file's names are found.
    void prepareNames(const std::vector<std::string>& names) {
        Statement st = db_.prepare("SELECT code, year, level, name FROM area");
        std::map<std::string, std::map<std::string, AreaRef>> byLevel;  // level -> lower name -> area
        while (st.step()) byLevel[st.getText(2)][lowerAscii(st.getTextView(3))] = {st.getText(0), static_cast<int>(st.getInt(1))};
        size_t best = 0;
        for (auto& levelAndTable : byLevel) {  // no structured binding: lambdas cannot capture one in C++17
            const auto& table = levelAndTable.second;
            const size_t hits = static_cast<size_t>(std::count_if(names.begin(), names.end(), [&](const std::string& n) {
                return table.count(lowerAscii(n)) > 0;
            }));
            if (hits > best) {
                best = hits;
                names_ = table;
            }
        }
    }

    std::optional<AreaRef> byName(std::string_view name) const {
        const auto it = names_.find(lowerAscii(name));
        return it == names_.end() ? std::nullopt : std::optional<AreaRef>(it->second);
    }

private:
    const Database& db_;
    Statement byCode_;
    std::unordered_map<std::string, std::optional<AreaRef>> codes_;
    std::map<std::string, AreaRef> names_;
};

}  // namespace

ImportResult importIndicatorCsv(Database& db, std::string_view text, const CsvLayout& layout,
                                const std::string& fileName, int defaultPeriod) {
    const int codeColumn = layout.columnWith(ColumnRole::AreaCode);
    const int nameColumn = layout.columnWith(ColumnRole::AreaName);
    const int periodColumn = layout.columnWith(ColumnRole::Period);
    const int indicatorColumn = layout.columnWith(ColumnRole::IndicatorName);
    const int valueColumn = layout.columnWith(ColumnRole::Value);
    if (!layout.isComplete()) {
        throw ImportError("", "the columns were not recognised: choose the area column and the value columns");
    }
    if (periodColumn < 0 && defaultPeriod <= 0) throw ImportError("", "the file has no period column: choose a year");

    AreaLookup areas(db);
    try {
        if (codeColumn < 0) {  // names only: decide which level they belong to
            CsvReader reader(text, layout.delimiter);
            std::vector<std::string_view> f;
            std::vector<std::string> names;
            reader.next(f);
            while (reader.next(f)) {
                if (static_cast<int>(f.size()) > nameColumn) names.emplace_back(f[static_cast<size_t>(nameColumn)]);
            }
            areas.prepareNames(names);
        }

        ImportResult result;
        result.table = "indicator_value";
        Transaction tx(db);
        Statement addIndicator = db.prepare(
            "INSERT OR IGNORE INTO indicator (id, name_nl, name_en, unit_nl, unit_en, source, category) "
            "VALUES (?, ?, ?, '', '', ?, 'imported')");
        Statement addValue = db.prepare(
            "INSERT OR REPLACE INTO indicator_value (indicator_id, area_code, area_year, period, value) "
            "VALUES (?, ?, ?, ?, ?)");
        std::set<std::string> indicators;
        std::set<std::string> areasSeen;
        auto ensureIndicator = [&](const std::string& id, std::string_view name) {
            if (indicators.insert(id).second) {
                addIndicator.reset();
                addIndicator.bind(1, id).bind(2, name).bind(3, name).bind(4, fileName).run();
            }
        };

        CsvReader reader(text, layout.delimiter);
        std::vector<std::string_view> f;
        reader.next(f);  // header
        while (reader.next(f)) {
            const int line = reader.line();
            if (f.size() != layout.headers.size()) {
                throw ImportError(lineRef(line), "expected " + std::to_string(layout.headers.size()) + " fields, found " +
                                                     std::to_string(f.size()));
            }
            std::optional<AreaRef> area;
            if (codeColumn >= 0) {
                const std::string_view cell = f[static_cast<size_t>(codeColumn)];
                const std::string code = findCbsCode(cell);
                if (code.empty()) throw ImportError(lineRef(line), "'" + std::string(cell) + "' is not a CBS area code");
                area = areas.byCode(code);
                if (!area) throw ImportError(lineRef(line), "unknown area code " + code);
            } else {
                const std::string_view cell = f[static_cast<size_t>(nameColumn)];
                area = areas.byName(cell);
                if (!area) throw ImportError(lineRef(line), "unknown area name '" + std::string(cell) + "'");
            }
            int period = defaultPeriod;
            if (periodColumn >= 0) {
                period = parsePeriodYear(f[static_cast<size_t>(periodColumn)]);
                if (!period) {
                    throw ImportError(lineRef(line), "'" + std::string(f[static_cast<size_t>(periodColumn)]) +
                                                         "' is not a period (expected a year such as 2024 or 2024JJ00)");
                }
            }
            auto store = [&](size_t column, const std::string& indicatorId, std::string_view indicatorName) {
                const std::string_view cell = f[column];
                std::optional<double> value;
                if (!isMissingValue(cell)) {
                    value = parseDecimal(cell, layout.decimal);
                    if (!value) {
                        throw ImportError(lineRef(line) + ", column '" + layout.headers[column] + "'",
                                          "'" + std::string(cell) + "' is not a number");
                    }
                }
                ensureIndicator(indicatorId, indicatorName);
                addValue.reset();
                addValue.bind(1, indicatorId).bind(2, area->code).bind(3, area->year).bind(4, period);
                if (value) addValue.bind(5, *value); else addValue.bind(5, nullptr);
                addValue.run();
                ++result.rows;
            };
            if (indicatorColumn >= 0) {
                const std::string_view name = f[static_cast<size_t>(indicatorColumn)];
                if (isMissingValue(name)) throw ImportError(lineRef(line), "the indicator name is empty");
                store(static_cast<size_t>(valueColumn), indicatorIdFromHeader(name), name);
            } else {
                for (size_t c = 0; c < layout.roles.size(); ++c) {
                    if (layout.roles[c] == ColumnRole::IndicatorValues) {
                        store(c, indicatorIdFromHeader(layout.headers[c]), layout.headers[c]);
                    }
                }
            }
            areasSeen.insert(area->code);
        }
        if (result.rows == 0) throw ImportError("", "the file has no data rows");
        db.prepare("INSERT INTO import_log (file_name, format, target, rows) VALUES (?, 'csv', 'indicator_value', ?)")
            .bind(1, fileName).bind(2, result.rows).run();
        tx.commit();
        result.indicators.assign(indicators.begin(), indicators.end());
        result.message = "imported " + std::to_string(result.rows) + " values of " +
                         std::to_string(result.indicators.size()) + " indicator(s) for " +
                         std::to_string(areasSeen.size()) + " areas";
        return result;
    } catch (const CsvError& e) {
        throw ImportError(lineRef(e.line()), e.detail());
    }
}

}  // namespace wb::io
