// The keys of the values an indicator import stores (indicator, area, period: the primary key of
// indicator_value), kept to find the values a file gives twice. Storing a second value for a key
// replaces the first, so without this check a file with repeated rows would lose values and
// still count them as imported.
//
// Cheap enough for a million-row file: a key is packed into 64 bits with the line it came from
// (16 bytes a value, no allocation per row), and the repeats are found once, when the file has
// been read: by sorting, unless the keys came in increasing order (an export grouped by
// indicator, area and period, the usual case), which alone proves that none repeats.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wb::io {

class ValueKeys {
public:
    // Indicators and areas are numbered by the import (0, 1, 2, ...), below these limits.
    static constexpr uint32_t kMaxIndicators = 1u << 24;
    static constexpr uint32_t kMaxAreas = 1u << 24;

    void add(uint32_t indicator, uint32_t area, int period, int line);
    size_t size() const { return entries_.size(); }

    struct Repeat {
        int earlierLine;  // the line that gave the key before
        int line;         // the line that gave it again
    };
    struct Summary {
        size_t distinct = 0;           // keys given at least once: the values stored
        size_t repeats = 0;            // values whose key an earlier line gave already
        std::vector<Repeat> examples;  // the first repeats in file order, at most the number asked for
    };
    // Sorts the keys when needed (once; call after the last add).
    Summary summarise(size_t maxExamples);

private:
    struct Entry {
        uint64_t key;
        uint32_t line;
    };
    std::vector<Entry> entries_;
    bool increasing_ = true;  // every key so far larger than the one before
};

}  // namespace wb::io
