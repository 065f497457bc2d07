#include "io/indicator_import.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "io/import_error.h"
#include "io/indicator_ids.h"
#include "io/number_parser.h"
#include "io/text_encoding.h"

namespace wb::io {
namespace {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
}

std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

std::string lineRef(int line) { return "line " + std::to_string(line); }

std::string cellRef(int line, const std::string& header) { return lineRef(line) + ", column " + quotedCell(header); }

// Whether a name or code is over the limit (io/text_encoding.h); the byte count is checked first,
// so the usual short cell costs one comparison.
bool tooLong(std::string_view text) { return text.size() > kMaxNameCharacters && characterCount(text) > kMaxNameCharacters; }

// How many repeats a refusal names: enough to find the pattern, few enough to read.
constexpr size_t kRepeatsShown = 3;

// "line 5 repeats line 2, line 6 repeats line 3, ..."
std::string repeatedLines(const FileValues::Summary& summary) {
    std::string out;
    for (const FileValues::Repeat& r : summary.examples) {
        if (!out.empty()) out += ", ";
        out += "line " + std::to_string(r.line) + " repeats line " + std::to_string(r.earlierLine);
    }
    if (summary.repeats > summary.examples.size()) out += ", ...";
    return out;
}

}  // namespace

struct AreaRef {
    std::string code;
    int year = 0;
    uint32_t number = 0;  // the import's own numbering, for value keys and counting areas
};

// Finds areas by CBS code, or by name when the file has names only (StatLine's "Regio's").
class AreaLookup {
public:
    explicit AreaLookup(const Database& db) : db_(db), byCode_(db.prepare(
        "SELECT year FROM area WHERE code = ? ORDER BY year DESC LIMIT 1")) {}

    const AreaRef* byCode(const std::string& code) {
        const auto cached = codes_.find(code);
        if (cached != codes_.end()) return cached->second ? &*cached->second : nullptr;
        byCode_.reset();
        byCode_.bind(1, code);
        std::optional<AreaRef> found;
        if (byCode_.step()) found = AreaRef{code, static_cast<int>(byCode_.getInt(0)), count_++};
        const auto inserted = codes_.emplace(code, found).first;  // node-based: the address stays
        if (!inserted->second) return nullptr;
        numbered_.push_back(&*inserted->second);
        return &*inserted->second;
    }

    // Names repeat across levels ("Groningen" is a province, a safety region and a
    // municipality): use the level where most of the file's names are found.
    template <typename Names>
    void prepareNames(const Names& names) {
        Statement st = db_.prepare("SELECT code, year, level, name FROM area");
        std::unordered_map<std::string, std::unordered_map<std::string, AreaRef>> byLevel;  // level -> lower name -> area
        while (st.step()) {
            byLevel[st.getText(2)][lowerAscii(st.getTextView(3))] = {st.getText(0), static_cast<int>(st.getInt(1)), 0};
        }
        size_t best = 0;
        for (auto& levelAndTable : byLevel) {  // no structured binding: lambdas cannot capture one in C++17
            const auto& table = levelAndTable.second;
            const size_t hits = static_cast<size_t>(std::count_if(names.begin(), names.end(), [&](const auto& n) {
                return table.count(lowerAscii(n.first)) > 0;
            }));
            if (hits > best) {
                best = hits;
                names_ = table;
            }
        }
        for (auto& entry : names_) {
            entry.second.number = count_++;
            numbered_.push_back(&entry.second);
        }
    }

    const AreaRef* byName(std::string_view name) const {
        const auto it = names_.find(lowerAscii(name));
        return it == names_.end() ? nullptr : &it->second;
    }

    uint32_t count() const { return count_; }
    const AreaRef& byNumber(uint32_t number) const { return *numbered_[number]; }

private:
    const Database& db_;
    Statement byCode_;
    std::unordered_map<std::string, std::optional<AreaRef>> codes_;
    std::unordered_map<std::string, AreaRef> names_;
    std::vector<const AreaRef*> numbered_;  // by number
    uint32_t count_ = 0;
};

// Every value's indicator is inserted in the same transaction before the values, so the foreign
// key holds by construction; checking it would cost a lookup per row and a statement journal.
// The pragma only takes effect outside a transaction: set before it begins, restored after it
// ended (committed or rolled back; the member is destroyed after the transaction).
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db) : db_(db), wasOn_(db.scalarInt("PRAGMA foreign_keys") != 0) {
        if (wasOn_) db_.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() {
        try {
            if (wasOn_) db_.exec("PRAGMA foreign_keys = ON");
        } catch (...) {  // a destructor must not throw; the pragma only fails on a misused connection
        }
    }

private:
    Database& db_;
    bool wasOn_;
};

// SQLite's page cache is 2 MB by default. The import's transaction changes more pages than that
// (a million values fill about 40 MB of indicator_value), and each page pushed out of the cache
// is written to the database and read back when the next value lands on it: a quarter of the
// import's time. While the import stores, the cache may grow as large as benchIngest's; pages
// are only taken as they are needed, and given back when the cache is set back afterwards.
class LargePageCache {
public:
    explicit LargePageCache(Database& db) : db_(db), before_(db.scalarInt("PRAGMA cache_size")) {
        db_.exec("PRAGMA cache_size = -262144");
    }
    ~LargePageCache() {
        try {
            db_.exec("PRAGMA cache_size = " + std::to_string(before_));
        } catch (...) {  // a destructor must not throw; the pragma only fails on a misused connection
        }
    }

private:
    Database& db_;
    int64_t before_;
};

IndicatorCsvImport::IndicatorCsvImport(Database& db, std::string_view text, CsvLayout layout, std::string fileName,
                                       int defaultPeriod, RepeatedValues repeats)
    : db_(db), text_(text), layout_(std::move(layout)), fileName_(std::move(fileName)), defaultPeriod_(defaultPeriod),
      repeats_(repeats), codeColumn_(layout_.columnWith(ColumnRole::AreaCode)),
      nameColumn_(layout_.columnWith(ColumnRole::AreaName)), periodColumn_(layout_.columnWith(ColumnRole::Period)),
      indicatorColumn_(layout_.columnWith(ColumnRole::IndicatorName)),
      valueColumn_(layout_.columnWith(ColumnRole::Value)) {
    if (!layout_.isComplete()) {
        throw ImportError("", "the columns were not recognised: choose the area column and the value columns");
    }
    if (periodColumn_ < 0 && defaultPeriod_ <= 0) throw ImportError("", "the file has no period column: choose a year");
    for (size_t c = 0; c < layout_.headers.size(); ++c) {
        if (tooLong(layout_.headers[c])) {
            throw ImportError("line 1, column " + std::to_string(c + 1), tooLongMessage("the name", layout_.headers[c]));
        }
    }
    if (indicatorColumn_ < 0) {  // wide: every value column is an indicator, named by its header
        for (size_t c = 0; c < layout_.roles.size(); ++c) {
            if (layout_.roles[c] != ColumnRole::IndicatorValues) continue;
            valueColumns_.push_back(c);
            labels_.push_back(std::string(trimSpaces(layout_.headers[c])));
        }
    }
    result_.table = "indicator_value";
}

IndicatorCsvImport::~IndicatorCsvImport() = default;

namespace {

// Shares of the work for the progress bar (measured on a million-row long table: reading and
// checking about two fifths, storing the rest). A names-only file is scanned for its names first.
constexpr double kScanShare = 0.1;
constexpr double kReadShare = 0.4;

// Values expected from a file of `bytes` bytes: rows are rarely shorter than 24 bytes.
size_t expectedValues(size_t bytes, size_t valuesPerRow) { return bytes / 24 * valuesPerRow; }

// The place of each item in byte order of its text (SQLite's BINARY collation), by its number.
template <typename TextOf>
std::vector<uint32_t> ranksByText(size_t count, TextOf textOf) {
    std::vector<uint32_t> byText(count);
    for (size_t i = 0; i < count; ++i) byText[i] = static_cast<uint32_t>(i);
    std::sort(byText.begin(), byText.end(), [&](uint32_t a, uint32_t b) {
        const std::string& ta = textOf(a);
        const std::string& tb = textOf(b);
        return ta != tb ? ta < tb : a < b;
    });
    std::vector<uint32_t> rank(count);
    for (size_t r = 0; r < count; ++r) rank[byText[r]] = static_cast<uint32_t>(r);
    return rank;
}

}  // namespace

double IndicatorCsvImport::progress() const {
    if (!reader_ || text_.empty()) return 0;
    const double scanShare = needsScan() ? kScanShare : 0;
    if (phase_ == Phase::Store) return kReadShare + (1 - kReadShare) * (writer_ ? writer_->progress() : 0.0);
    const double read = static_cast<double>(reader_->position()) / static_cast<double>(text_.size());
    if (phase_ == Phase::Scan) return scanShare * read;
    return scanShare + (kReadShare - scanShare) * read;
}

// The names of a names-only table must be known before the first row is read: which level the
// areas belong to follows from where most of them are found.
bool IndicatorCsvImport::needsScan() const { return codeColumn_ < 0; }

bool IndicatorCsvImport::step(ImportClock::time_point deadline) {
    try {
        if (phase_ == Phase::Start) {
            areas_ = std::make_unique<AreaLookup>(db_);
            if (needsScan()) startScan(); else startRead();
        }
        // The clock is read every few hundred rows: a row takes about a microsecond.
        for (int row = 1; phase_ != Phase::Store; ++row) {
            if (!reader_->next(fields_)) {
                if (phase_ == Phase::Scan) {
                    startRead();
                    continue;
                }
                startStore();  // orders the values: may take a while in a file that is not in key order
                if (ImportClock::now() >= deadline) return false;
                break;
            }
            if (fields_.size() != layout_.headers.size()) {
                throw ImportError(lineRef(reader_->line()), "expected " + std::to_string(layout_.headers.size()) +
                                                                " fields, found " + std::to_string(fields_.size()));
            }
            if (phase_ == Phase::Scan) scanRow(); else readRow();
            if (row % 256 == 0 && ImportClock::now() >= deadline) return false;
        }
        return writer_->write(deadline) && finish();
    } catch (const CsvError& e) {
        throw ImportError(lineRef(e.line()), e.detail());
    }
}

void IndicatorCsvImport::startScan() {
    phase_ = Phase::Scan;
    reader_ = std::make_unique<CsvReader>(text_, layout_.delimiter);
    reader_->next(fields_);  // header
}

void IndicatorCsvImport::scanRow() {
    const int line = reader_->line();
    const std::string_view name = fields_[static_cast<size_t>(nameColumn_)];
    if (tooLong(name)) {
        throw ImportError(cellRef(line, layout_.headers[static_cast<size_t>(nameColumn_)]), tooLongMessage("the name", name));
    }
    if (areaNames_.find(name) == areaNames_.end()) areaNames_.emplace(std::string(name), line);
}

void IndicatorCsvImport::startRead() {
    if (needsScan()) areas_->prepareNames(areaNames_);
    phase_ = Phase::Read;
    values_.reserve(expectedValues(text_.size(), indicatorColumn_ >= 0 ? 1 : std::max<size_t>(1, valueColumns_.size())));
    reader_ = std::make_unique<CsvReader>(text_, layout_.delimiter);
    reader_->next(fields_);  // header
}

uint32_t IndicatorCsvImport::labelIndex(std::string_view cell, int line) {
    const std::string_view label = trimSpaces(cell);
    if (lastLabel_ < labels_.size() && labels_[lastLabel_] == label) return lastLabel_;
    const auto known = labelNumbers_.find(label);
    if (known != labelNumbers_.end()) return lastLabel_ = known->second;
    if (isMissingValue(label)) throw ImportError(lineRef(line), "the indicator name is empty");
    if (tooLong(label)) {
        throw ImportError(cellRef(line, layout_.headers[static_cast<size_t>(indicatorColumn_)]),
                          tooLongMessage("the name", label));
    }
    if (labels_.size() >= FileValues::kMaxIndicators) {
        throw ImportError(lineRef(line), "the file names more than " + std::to_string(FileValues::kMaxIndicators) +
                                             " indicators");
    }
    lastLabel_ = static_cast<uint32_t>(labels_.size());
    labels_.emplace_back(label);
    labelNumbers_.emplace(std::string(label), lastLabel_);
    return lastLabel_;
}

const AreaRef& IndicatorCsvImport::areaOfRow(int line) {
    if (codeColumn_ >= 0) {
        const std::string_view cell = fields_[static_cast<size_t>(codeColumn_)];
        // Rows of one area usually follow each other (its years, or its indicators).
        if (lastArea_ && cell == lastAreaCell_) return *lastArea_;
        if (tooLong(cell)) {
            throw ImportError(cellRef(line, layout_.headers[static_cast<size_t>(codeColumn_)]),
                              tooLongMessage("the code", cell));
        }
        const std::string code = findCbsCode(cell);
        if (code.empty()) throw ImportError(lineRef(line), quotedCell(cell) + " is not a CBS area code");
        const AreaRef* area = areas_->byCode(code);
        if (!area) throw ImportError(lineRef(line), "unknown area code " + code);
        lastAreaCell_.assign(cell);
        lastArea_ = area;
        return *area;
    }
    const std::string_view cell = fields_[static_cast<size_t>(nameColumn_)];
    const AreaRef* area = areas_->byName(cell);
    if (!area) throw ImportError(lineRef(line), "unknown area name " + quotedCell(cell));
    return *area;
}

// Checks one row and keeps its values; nothing is stored yet.
void IndicatorCsvImport::readRow() {
    const int line = reader_->line();
    const AreaRef& area = areaOfRow(line);
    int period = defaultPeriod_;
    if (periodColumn_ >= 0) {
        const std::string_view cell = fields_[static_cast<size_t>(periodColumn_)];
        period = parsePeriodYear(cell);
        if (!period) {
            throw ImportError(lineRef(line),
                              quotedCell(cell) + " is not a period (expected a year such as 2024 or 2024JJ00)");
        }
    }
    const auto keep = [&](size_t column, uint32_t indicator) {
        const std::string_view cell = fields_[column];
        std::optional<double> value;
        if (!isMissingValue(cell)) {
            value = parseSpreadsheetNumber(cell, layout_.decimal);
            if (!value) throw ImportError(cellRef(line, layout_.headers[column]), quotedCell(cell) + " is not a number");
        }
        values_.add(indicator, area.number, period, line, value);
    };
    if (indicatorColumn_ >= 0) {
        keep(static_cast<size_t>(valueColumn_), labelIndex(fields_[static_cast<size_t>(indicatorColumn_)], line));
    } else {
        for (size_t i = 0; i < valueColumns_.size(); ++i) keep(valueColumns_[i], static_cast<uint32_t>(i));
    }
    if (areasSeen_.size() <= area.number) areasSeen_.resize(areas_->count(), 0);
    areasSeen_[area.number] = 1;
}

// The whole file has been read and checked: the indicators get their ids, the values their
// order, a file that gives values twice is refused (unless the last value wins), and only then
// does the transaction begin.
void IndicatorCsvImport::startStore() {
    if (values_.size() == 0) throw ImportError("", "the file has no data rows");
    Statement existing = db_.prepare("SELECT name_nl FROM indicator WHERE id = ?");
    ids_ = deriveIndicatorIds(labels_, [&existing](const std::string& id) -> std::optional<std::string> {
        existing.reset();
        existing.bind(1, id);
        return existing.step() ? std::optional<std::string>(existing.getText(0)) : std::nullopt;
    });

    const std::vector<uint32_t> indicatorRank = ranksByText(ids_.size(), [this](uint32_t i) -> const std::string& {
        return ids_[i];
    });
    const std::vector<uint32_t> areaRank = ranksByText(areas_->count(), [this](uint32_t a) -> const std::string& {
        return areas_->byNumber(a).code;
    });
    values_.order(indicatorRank, areaRank);
    summary_ = values_.summarise(kRepeatsShown);
    if (summary_.repeats > 0 && repeats_ == RepeatedValues::Refuse) {
        throw RepeatedValuesError("", std::to_string(summary_.repeats) +
                                  " values repeat the area, indicator and period of an earlier line: " +
                                  repeatedLines(summary_) + "; choose \"last value wins\" to keep the last ones");
    }

    foreignKeysOff_ = std::make_unique<ForeignKeysOff>(db_);
    pageCache_ = std::make_unique<LargePageCache>(db_);
    transaction_ = std::make_unique<Transaction>(db_);
    Statement addIndicator = db_.prepare(
        "INSERT OR IGNORE INTO indicator (id, name_nl, name_en, unit_nl, unit_en, source, category) "
        "VALUES (?, ?, ?, '', '', ?, 'imported')");
    for (size_t i = 0; i < ids_.size(); ++i) {
        addIndicator.reset();
        addIndicator.bind(1, ids_[i]).bind(2, labels_[i]).bind(3, labels_[i]).bind(4, fileName_).run();
    }
    std::vector<std::string_view> idOfRank(ids_.size());
    for (size_t i = 0; i < ids_.size(); ++i) idOfRank[indicatorRank[i]] = ids_[i];
    std::vector<AreaOfValue> areaOfRank(areaRank.size());
    for (uint32_t a = 0; a < areaRank.size(); ++a) areaOfRank[areaRank[a]] = {areas_->byNumber(a).code, areas_->byNumber(a).year};
    writer_ = std::make_unique<IndicatorValueWriter>(db_, values_, std::move(idOfRank), std::move(areaOfRank));
    phase_ = Phase::Store;
}

bool IndicatorCsvImport::finish() {
    const int64_t added = writer_->added();
    const int64_t replaced = static_cast<int64_t>(summary_.distinct) - added;
    result_.rows = static_cast<int64_t>(summary_.distinct);

    db_.prepare("INSERT INTO import_log (file_name, format, target, rows) VALUES (?, 'csv', 'indicator_value', ?)")
        .bind(1, fileName_).bind(2, result_.rows).run();
    transaction_->commit();
    result_.indicators = ids_;
    std::sort(result_.indicators.begin(), result_.indicators.end());
    const size_t areaCount = static_cast<size_t>(std::count(areasSeen_.begin(), areasSeen_.end(), 1));
    result_.message = "imported " + std::to_string(result_.rows) + " values of " + std::to_string(ids_.size()) +
                      " indicator(s) for " + std::to_string(areaCount) + " areas";
    if (replaced > 0 || summary_.repeats > 0) {
        result_.message += ": " + std::to_string(added) + " new, " + std::to_string(replaced) + " replaced";
    }
    if (summary_.repeats > 0) {
        result_.message += "; " + std::to_string(summary_.repeats) + " earlier values of repeated keys were overwritten";
    }
    return true;
}

}  // namespace wb::io
