#include "core/classification.h"

#include <algorithm>

namespace wb {

int Classification::classOf(double value) const {
    return static_cast<int>(std::upper_bound(breaks.begin(), breaks.end(), value) - breaks.begin());
}

Classification quantileClasses(const std::vector<std::optional<double>>& values, int classes) {
    std::vector<double> sorted;
    for (const auto& v : values) {
        if (v) sorted.push_back(*v);
    }
    Classification out;
    if (sorted.empty() || classes < 1) return out;
    std::sort(sorted.begin(), sorted.end());
    out.min = sorted.front();
    out.max = sorted.back();
    for (int i = 1; i < classes; ++i) {
        const size_t at = sorted.size() * static_cast<size_t>(i) / static_cast<size_t>(classes);
        double b = sorted[std::min(at, sorted.size() - 1)];
        // Many equal values (a break equal to the minimum or to the previous break) would leave a
        // class empty: move the break up to the next distinct value, or drop it if there is none.
        const double previous = out.breaks.empty() ? out.min : out.breaks.back();
        if (b <= previous) {
            const auto next = std::upper_bound(sorted.begin(), sorted.end(), previous);
            if (next == sorted.end()) break;
            b = *next;
        }
        out.breaks.push_back(b);
    }
    return out;
}

}  // namespace wb
