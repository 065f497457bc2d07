#include "io/value_keys.h"

#include <algorithm>

namespace wb::io {

void ValueKeys::add(uint32_t indicator, uint32_t area, int period, int line) {
    // Periods are years (1800-2200) or, for a file without a period column, one year for every
    // row: 16 bits tell every pair apart that one file can hold.
    const uint64_t key = (uint64_t{indicator} << 40) | (uint64_t{area} << 16) | (static_cast<uint64_t>(period) & 0xFFFF);
    if (!entries_.empty() && key <= entries_.back().key) increasing_ = false;
    entries_.push_back({key, static_cast<uint32_t>(line)});
}

ValueKeys::Summary ValueKeys::summarise(size_t maxExamples) {
    if (increasing_) {
        Summary distinctOnly;
        distinctOnly.distinct = entries_.size();
        return distinctOnly;
    }
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& a, const Entry& b) { return a.key != b.key ? a.key < b.key : a.line < b.line; });
    Summary summary;
    std::vector<Repeat> repeats;
    for (size_t i = 0; i < entries_.size(); ++i) {
        if (i > 0 && entries_[i].key == entries_[i - 1].key) {
            ++summary.repeats;
            repeats.push_back({static_cast<int>(entries_[i - 1].line), static_cast<int>(entries_[i].line)});
        } else {
            ++summary.distinct;
        }
    }
    const auto inFileOrder = [](const Repeat& a, const Repeat& b) {
        return a.line != b.line ? a.line < b.line : a.earlierLine < b.earlierLine;
    };
    const size_t shown = std::min(maxExamples, repeats.size());
    std::partial_sort(repeats.begin(), repeats.begin() + static_cast<long>(shown), repeats.end(), inFileOrder);
    summary.examples.assign(repeats.begin(), repeats.begin() + static_cast<long>(shown));
    return summary;
}

}  // namespace wb::io
