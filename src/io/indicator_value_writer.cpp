#include "io/indicator_value_writer.h"

#include <sqlite3.h>

namespace wb::io {
namespace {

constexpr const char* kColumns = "indicator_value (indicator_id, area_code, area_year, period, value)";

// Appending never meets a stored key, so OR FAIL: a statement of many rows then needs no
// statement journal (a copy of each page it changes, kept to undo it alone); were a key ever met,
// the import fails and its transaction rolls back all the same.
std::string insertSql(bool replace, size_t rows) {
    std::string sql = std::string(replace ? "INSERT OR REPLACE INTO " : "INSERT OR FAIL INTO ") + kColumns + " VALUES ";
    for (size_t i = 0; i < rows; ++i) sql += i ? ",(?,?,?,?,?)" : "(?,?,?,?,?)";
    return sql;
}

int compareText(std::string_view a, std::string_view b) { return a.compare(b) < 0 ? -1 : a == b ? 0 : 1; }

}  // namespace

IndicatorValueWriter::IndicatorValueWriter(Database& db, const FileValues& values, std::vector<std::string_view> idOfRank,
                                           std::vector<AreaOfValue> areaOfRank, ValuePlacement placement)
    : db_(db), values_(values), idOfRank_(std::move(idOfRank)), areaOfRank_(std::move(areaOfRank)) {
    // The tail: what is stored at or after the file's first id. Moving it aside pays when it is
    // small against the file (each of its rows is read, deleted and appended again).
    Statement tail = db_.prepare("SELECT count(*) FROM indicator_value WHERE indicator_id >= ?");
    tail.bind(1, idOfRank_.front());
    tail.step();
    tailCount_ = tail.getInt(0);
    appending_ = placement == ValuePlacement::Choose ? tailCount_ <= static_cast<int64_t>(values_.size() / 4)
                                                     : placement == ValuePlacement::Append;
    if (!appending_) {
        Statement count = db_.prepare("SELECT count(*) FROM indicator_value WHERE indicator_id = ?");
        for (std::string_view id : idOfRank_) {
            count.reset();
            count.bind(1, id);
            count.step();
            valuesBefore_.push_back(count.getInt(0));
        }
    }
    insertMany_ = db_.prepare(insertSql(!appending_, kRowsPerStatement));
    insertOne_ = db_.prepare(insertSql(!appending_, 1));
    batch_.reserve(kRowsPerStatement);
}

double IndicatorValueWriter::progress() const {
    const double total = static_cast<double>(values_.size()) + static_cast<double>(tailCount_);
    return total > 0 ? static_cast<double>(nextValue_ + nextTail_) / total : 1.0;
}

void IndicatorValueWriter::moveTailAside() {
    Statement read = db_.prepare(
        "SELECT indicator_id, area_code, area_year, period, value FROM indicator_value WHERE indicator_id >= ? "
        "ORDER BY indicator_id, area_code, period");
    read.bind(1, idOfRank_.front());
    tail_.reserve(static_cast<size_t>(tailCount_));
    while (read.step()) {
        TailRow row{read.getText(0), read.getText(1), read.getInt(2), read.getInt(3), std::nullopt};
        if (!read.isNull(4)) row.value = read.getDouble(4);
        tail_.push_back(std::move(row));
    }
    db_.prepare("DELETE FROM indicator_value WHERE indicator_id >= ?").bind(1, idOfRank_.front()).run();
    tailCount_ = static_cast<int64_t>(tail_.size());
    tailMoved_ = true;
}

const FileValues::Value* IndicatorValueWriter::nextFileValue() {
    const std::vector<FileValues::Value>& values = values_.values();
    // A later line gives the same key again: only the last is stored (repeats were refused
    // unless the last value wins).
    while (nextValue_ + 1 < values.size() && FileValues::sameKey(values[nextValue_], values[nextValue_ + 1])) ++nextValue_;
    return nextValue_ < values.size() ? &values[nextValue_++] : nullptr;
}

IndicatorValueWriter::Row IndicatorValueWriter::rowOf(const FileValues::Value& value) const {
    const AreaOfValue& area = areaOfRank_[FileValues::areaOf(value)];
    return {idOfRank_[FileValues::indicatorOf(value)], area.code, area.year, value.period,
            value.missing ? std::nullopt : std::optional<double>(value.number)};
}

// As SQLite orders the keys: id, then code (both bytewise), then period.
int IndicatorValueWriter::compare(const FileValues::Value& value, const TailRow& row) const {
    if (const int c = compareText(idOfRank_[FileValues::indicatorOf(value)], row.id)) return c;
    if (const int c = compareText(areaOfRank_[FileValues::areaOf(value)].code, row.code)) return c;
    return value.period < row.period ? -1 : value.period == row.period ? 0 : 1;
}

bool IndicatorValueWriter::write(ImportClock::time_point deadline) {
    if (appending_ && !tailMoved_) moveTailAside();
    for (int rows = 1;; ++rows) {
        if (!pending_) pending_ = nextFileValue();
        const TailRow* tailRow = nextTail_ < tail_.size() ? &tail_[nextTail_] : nullptr;
        if (!pending_ && !tailRow) break;
        const int order = !pending_ ? 1 : !tailRow ? -1 : compare(*pending_, *tailRow);
        if (order >= 0) {  // the tail's row comes first, or the file gives it again
            ++nextTail_;
            if (order == 0) {
                ++replaced_;
                continue;
            }
            add({tailRow->id, tailRow->code, tailRow->year, tailRow->period, tailRow->value});
        } else {
            add(rowOf(*pending_));
            pending_ = nullptr;
            ++stored_;
        }
        if (rows % 256 == 0 && ImportClock::now() >= deadline) return false;
    }
    flush();
    return true;
}

void IndicatorValueWriter::add(const Row& row) {
    batch_.push_back(row);
    if (batch_.size() == kRowsPerStatement) flush();
}

// Runs the rows gathered: all in one statement when there are as many as it takes, so SQLite's
// cursor stays where the last row went; the last few one by one.
void IndicatorValueWriter::flush() {
    const bool many = batch_.size() == kRowsPerStatement;
    Statement& statement = many ? insertMany_ : insertOne_;
    for (const Row& row : batch_) {
        sqlite3_stmt* st = statement.handle();
        const int p = many ? static_cast<int>(&row - batch_.data()) * 5 : 0;
        // The text is bound without a copy: it stays put until the statement has run.
        sqlite3_bind_text(st, p + 1, row.id.data(), static_cast<int>(row.id.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, p + 2, row.code.data(), static_cast<int>(row.code.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, p + 3, row.year);
        sqlite3_bind_int64(st, p + 4, row.period);
        if (row.value) sqlite3_bind_double(st, p + 5, *row.value); else sqlite3_bind_null(st, p + 5);
        if (!many) statement.run();
    }
    if (many) statement.run();
    batch_.clear();
}

int64_t IndicatorValueWriter::added() const {
    if (appending_) return stored_ - replaced_;
    // In the middle: per indicator, the count now less the count before; an indicator that had
    // none gained every value stored for it, which needs no count.
    int64_t added = 0;
    std::vector<int64_t> storedOf(idOfRank_.size(), 0);
    const std::vector<FileValues::Value>& values = values_.values();
    for (size_t i = 0; i < values.size(); ++i) {
        if (i + 1 < values.size() && FileValues::sameKey(values[i], values[i + 1])) continue;
        ++storedOf[FileValues::indicatorOf(values[i])];
    }
    Statement count = db_.prepare("SELECT count(*) FROM indicator_value WHERE indicator_id = ?");
    for (size_t rank = 0; rank < idOfRank_.size(); ++rank) {
        if (valuesBefore_[rank] == 0) {
            added += storedOf[rank];
            continue;
        }
        count.reset();
        count.bind(1, idOfRank_[rank]);
        count.step();
        added += count.getInt(0) - valuesBefore_[rank];
    }
    return added;
}

}  // namespace wb::io
