#include "io/file_values.h"

#include <algorithm>

namespace wb::io {

uint64_t FileValues::keyOf(uint32_t indicator, uint32_t area, int period) {
    // Periods are years (1800-2200) or, for a file without a period column, one year for every
    // row: 16 bits keep every pair of one file in order.
    return (uint64_t{indicator} << 40) | (uint64_t{area} << 16) | (static_cast<uint64_t>(period) & 0xFFFF);
}

void FileValues::add(uint32_t indicator, uint32_t area, int period, int line, std::optional<double> number) {
    Value v;
    v.key = keyOf(indicator, area, period);
    v.number = number.value_or(0);
    v.period = period;
    v.line = static_cast<uint32_t>(line);
    v.missing = number ? 0 : 1;
    values_.push_back(v);
}

void FileValues::order(const std::vector<uint32_t>& indicatorRank, const std::vector<uint32_t>& areaRank) {
    bool increasing = true;
    uint64_t previous = 0;
    for (size_t i = 0; i < values_.size(); ++i) {
        Value& v = values_[i];
        v.key = keyOf(indicatorRank[indicatorOf(v)], areaRank[areaOf(v)], v.period);
        if (i > 0 && v.key <= previous) increasing = false;
        previous = v.key;
    }
    if (increasing) return;  // the usual export: in order, and no key twice
    // Lines only grow, so comparing them keeps equal keys in file order (std::sort is not stable).
    std::sort(values_.begin(), values_.end(),
              [](const Value& a, const Value& b) { return a.key != b.key ? a.key < b.key : a.line < b.line; });
}

FileValues::Summary FileValues::summarise(size_t maxExamples) const {
    Summary summary;
    std::vector<Repeat> repeats;
    for (size_t i = 0; i < values_.size(); ++i) {
        if (i > 0 && values_[i].key == values_[i - 1].key) {
            ++summary.repeats;
            repeats.push_back({static_cast<int>(values_[i - 1].line), static_cast<int>(values_[i].line)});
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
