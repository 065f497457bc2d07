// The values an indicator file gives (io/indicator_import.h), read into memory before any is
// stored: 24 bytes a value, no allocation per row. Holding them lets the import
//  - find the values the file gives twice (one indicator, area and period) before it writes
//    anything, and name their lines;
//  - store them in the order of indicator_value's primary key (indicator id, area code, period),
//    whatever the order of the file, so SQLite inserts each next to the one before instead of
//    all over the table.
// A value's key packs its indicator, area and period into 64 bits. Files usually come in key
// order already (an export grouped by indicator, area and period), which one look over the keys
// proves; only other files are sorted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace wb::io {

class FileValues {
public:
    // Indicators and areas are numbered by the import (0, 1, 2, ...), below these limits.
    static constexpr uint32_t kMaxIndicators = 1u << 24;
    static constexpr uint32_t kMaxAreas = 1u << 24;

    struct Value {
        uint64_t key;          // indicator << 40 | area << 16 | period (16 bits of it, for the order)
        double number;         // when not missing
        int32_t period;
        uint32_t line : 31;
        uint32_t missing : 1;  // "." or "x" in the file: stored as NULL
    };

    void reserve(size_t values) { values_.reserve(values); }
    void add(uint32_t indicator, uint32_t area, int period, int line, std::optional<double> number);
    size_t size() const { return values_.size(); }
    const std::vector<Value>& values() const { return values_; }

    // Puts the values in the order of the database's key: `indicatorRank[i]` is the place of
    // indicator i's id among the file's ids, `areaRank[a]` that of area a's code among its codes.
    // Values with the same key keep the order of their lines. Afterwards indicatorOf and areaOf
    // give ranks.
    void order(const std::vector<uint32_t>& indicatorRank, const std::vector<uint32_t>& areaRank);

    static uint32_t indicatorOf(const Value& v) { return static_cast<uint32_t>(v.key >> 40); }
    static uint32_t areaOf(const Value& v) { return static_cast<uint32_t>(v.key >> 16) & (kMaxAreas - 1); }
    static bool sameKey(const Value& a, const Value& b) { return a.key == b.key; }

    struct Repeat {
        int earlierLine;  // the line that gave the key before
        int line;         // the line that gave it again
    };
    struct Summary {
        size_t distinct = 0;           // keys given at least once: the values stored
        size_t repeats = 0;            // values whose key an earlier line gave already
        std::vector<Repeat> examples;  // the first repeats in file order, at most the number asked for
    };
    // Call after order().
    Summary summarise(size_t maxExamples) const;

private:
    static uint64_t keyOf(uint32_t indicator, uint32_t area, int period);
    std::vector<Value> values_;
};

}  // namespace wb::io
