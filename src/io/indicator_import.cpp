#include "io/indicator_import.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "io/csv_reader.h"
#include "io/import_job.h"
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

}  // namespace

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

IndicatorCsvImport::IndicatorCsvImport(Database& db, std::string_view text, CsvLayout layout, std::string fileName,
                                       int defaultPeriod)
    : db_(db), text_(text), layout_(std::move(layout)), fileName_(std::move(fileName)), defaultPeriod_(defaultPeriod),
      codeColumn_(layout_.columnWith(ColumnRole::AreaCode)), nameColumn_(layout_.columnWith(ColumnRole::AreaName)),
      periodColumn_(layout_.columnWith(ColumnRole::Period)),
      indicatorColumn_(layout_.columnWith(ColumnRole::IndicatorName)),
      valueColumn_(layout_.columnWith(ColumnRole::Value)) {
    if (!layout_.isComplete()) {
        throw ImportError("", "the columns were not recognised: choose the area column and the value columns");
    }
    if (periodColumn_ < 0 && defaultPeriod_ <= 0) throw ImportError("", "the file has no period column: choose a year");
    result_.table = "indicator_value";
}

IndicatorCsvImport::~IndicatorCsvImport() = default;

double IndicatorCsvImport::progress() const {
    if (!reader_ || text_.empty()) return 0;
    return static_cast<double>(reader_->position()) / static_cast<double>(text_.size());
}

void IndicatorCsvImport::begin() {
    areas_ = std::make_unique<AreaLookup>(db_);
    if (codeColumn_ < 0) {  // names only: decide which level they belong to (one quick pass)
        CsvReader reader(text_, layout_.delimiter);
        std::vector<std::string> names;
        reader.next(fields_);
        while (reader.next(fields_)) {
            if (static_cast<int>(fields_.size()) > nameColumn_) names.emplace_back(fields_[static_cast<size_t>(nameColumn_)]);
        }
        areas_->prepareNames(names);
    }
    transaction_ = std::make_unique<Transaction>(db_);
    addIndicator_ = db_.prepare(
        "INSERT OR IGNORE INTO indicator (id, name_nl, name_en, unit_nl, unit_en, source, category) "
        "VALUES (?, ?, ?, '', '', ?, 'imported')");
    addValue_ = db_.prepare(
        "INSERT OR REPLACE INTO indicator_value (indicator_id, area_code, area_year, period, value) "
        "VALUES (?, ?, ?, ?, ?)");
    reader_ = std::make_unique<CsvReader>(text_, layout_.delimiter);
    reader_->next(fields_);  // header
}

bool IndicatorCsvImport::step(ImportClock::time_point deadline) {
    try {
        if (!reader_) begin();
        // The clock is read every few hundred rows: a row takes about a microsecond.
        for (int row = 1;; ++row) {
            if (!reader_->next(fields_)) return finish();
            storeRow();
            if (row % 256 == 0 && ImportClock::now() >= deadline) return false;
        }
    } catch (const CsvError& e) {
        throw ImportError(lineRef(e.line()), e.detail());
    }
}

void IndicatorCsvImport::storeRow() {
    const int line = reader_->line();
    const std::vector<std::string_view>& f = fields_;
    if (f.size() != layout_.headers.size()) {
        throw ImportError(lineRef(line), "expected " + std::to_string(layout_.headers.size()) + " fields, found " +
                                             std::to_string(f.size()));
    }
    std::optional<AreaRef> area;
    if (codeColumn_ >= 0) {
        const std::string_view cell = f[static_cast<size_t>(codeColumn_)];
        const std::string code = findCbsCode(cell);
        if (code.empty()) throw ImportError(lineRef(line), "'" + std::string(cell) + "' is not a CBS area code");
        area = areas_->byCode(code);
        if (!area) throw ImportError(lineRef(line), "unknown area code " + code);
    } else {
        const std::string_view cell = f[static_cast<size_t>(nameColumn_)];
        area = areas_->byName(cell);
        if (!area) throw ImportError(lineRef(line), "unknown area name '" + std::string(cell) + "'");
    }
    int period = defaultPeriod_;
    if (periodColumn_ >= 0) {
        period = parsePeriodYear(f[static_cast<size_t>(periodColumn_)]);
        if (!period) {
            throw ImportError(lineRef(line), "'" + std::string(f[static_cast<size_t>(periodColumn_)]) +
                                                 "' is not a period (expected a year such as 2024 or 2024JJ00)");
        }
    }
    auto store = [&](size_t column, const std::string& indicatorId, std::string_view indicatorName) {
        const std::string_view cell = f[column];
        std::optional<double> value;
        if (!isMissingValue(cell)) {
            value = parseDecimal(cell, layout_.decimal);
            if (!value) {
                throw ImportError(lineRef(line) + ", column '" + layout_.headers[column] + "'",
                                  "'" + std::string(cell) + "' is not a number");
            }
        }
        if (indicators_.insert(indicatorId).second) {
            addIndicator_.reset();
            addIndicator_.bind(1, indicatorId).bind(2, indicatorName).bind(3, indicatorName).bind(4, fileName_).run();
        }
        addValue_.reset();
        addValue_.bind(1, indicatorId).bind(2, area->code).bind(3, area->year).bind(4, period);
        if (value) addValue_.bind(5, *value); else addValue_.bind(5, nullptr);
        addValue_.run();
        ++result_.rows;
    };
    if (indicatorColumn_ >= 0) {
        const std::string_view name = f[static_cast<size_t>(indicatorColumn_)];
        if (isMissingValue(name)) throw ImportError(lineRef(line), "the indicator name is empty");
        store(static_cast<size_t>(valueColumn_), indicatorIdFromHeader(name), name);
    } else {
        for (size_t c = 0; c < layout_.roles.size(); ++c) {
            if (layout_.roles[c] == ColumnRole::IndicatorValues) {
                store(c, indicatorIdFromHeader(layout_.headers[c]), layout_.headers[c]);
            }
        }
    }
    areasSeen_.insert(area->code);
}

bool IndicatorCsvImport::finish() {
    if (result_.rows == 0) throw ImportError("", "the file has no data rows");
    db_.prepare("INSERT INTO import_log (file_name, format, target, rows) VALUES (?, 'csv', 'indicator_value', ?)")
        .bind(1, fileName_).bind(2, result_.rows).run();
    transaction_->commit();
    result_.indicators.assign(indicators_.begin(), indicators_.end());
    result_.message = "imported " + std::to_string(result_.rows) + " values of " +
                      std::to_string(result_.indicators.size()) + " indicator(s) for " +
                      std::to_string(areasSeen_.size()) + " areas";
    return true;
}

ImportResult importIndicatorCsv(Database& db, std::string_view text, const CsvLayout& layout,
                                const std::string& fileName, int defaultPeriod) {
    IndicatorCsvImport job(db, text, layout, fileName, defaultPeriod);
    return runToEnd(job);
}

}  // namespace wb::io
