// Stores the values of an indicator import (io/indicator_import.h) into indicator_value, in
// slices, inside the import's transaction.
//
// indicator_value is a WITHOUT ROWID table: its rows live in one B-tree ordered by the primary
// key (indicator id, area code, period), so every insert first searches that tree from its root,
// a few dozen key comparisons, unless the row goes at the very end and SQLite's cursor is still
// there from the row before. The values arrive in key order (io/file_values.h), and they are
// inserted many rows per statement, so the cursor stays; what decides is where they land:
//  - Appending: the rows already stored whose indicator id sorts at or after the file's first id
//    (the tail) are read into memory and deleted, and then the file's values and the tail are
//    inserted merged, in key order, each after the one before: every insert lands at the end.
//    Where the file gives a value the tail holds, the file's value is stored (counted as
//    replaced). For the file's first import into the default database this is about twice as
//    fast as inserting in the middle.
//  - Inserting in the middle: when the tail is large against the file (moving it would cost more
//    than it saves), the values are inserted where they belong, replacing stored ones.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "io/file_values.h"
#include "io/import_job.h"

namespace wb::io {

// Where the values go: chosen by the size of the tail (the import), or as a test says.
enum class ValuePlacement { Choose, Append, InPlace };

struct AreaOfValue {
    std::string_view code;
    int year = 0;
};

class IndicatorValueWriter {
public:
    // `values` ordered (FileValues::order) and summarised; `idOfRank` and `areaOfRank` say what
    // the ranks in their keys stand for. Everything given must outlive the writer.
    IndicatorValueWriter(Database& db, const FileValues& values, std::vector<std::string_view> idOfRank,
                         std::vector<AreaOfValue> areaOfRank, ValuePlacement placement = ValuePlacement::Choose);

    // Works until `deadline` has passed (checked every few hundred rows); true when all is stored.
    bool write(ImportClock::time_point deadline);
    double progress() const;

    bool appends() const { return appending_; }
    // When done: the keys stored from the file, and how many of them were new to the database
    // (the others replaced a stored value).
    int64_t stored() const { return stored_; }
    int64_t added() const;

    static constexpr size_t kRowsPerStatement = 64;

private:
    // A row to insert; its text stays where it is (the file's ids and areas, or the tail).
    struct Row {
        std::string_view id, code;
        int64_t year, period;
        std::optional<double> value;
    };
    struct TailRow {
        std::string id, code;
        int64_t year, period;
        std::optional<double> value;
    };

    void moveTailAside();
    const FileValues::Value* nextFileValue();  // the last of the next run of equal keys
    Row rowOf(const FileValues::Value& value) const;
    int compare(const FileValues::Value& value, const TailRow& row) const;
    void add(const Row& row);
    void flush();

    Database& db_;
    const FileValues& values_;
    std::vector<std::string_view> idOfRank_;
    std::vector<AreaOfValue> areaOfRank_;
    bool appending_ = false;
    bool tailMoved_ = false;
    int64_t tailCount_ = 0;
    std::vector<TailRow> tail_;
    size_t nextValue_ = 0, nextTail_ = 0;
    const FileValues::Value* pending_ = nullptr;  // taken from the file, not yet placed in the merge
    std::vector<Row> batch_;
    Statement insertMany_, insertOne_;
    int64_t stored_ = 0;
    int64_t replaced_ = 0;               // appending: tail rows the file gave again
    std::vector<int64_t> valuesBefore_;  // inserting in the middle: by indicator rank
};

}  // namespace wb::io
