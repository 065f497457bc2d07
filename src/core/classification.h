// Dividing indicator values into classes for a choropleth legend.
#pragma once

#include <optional>
#include <vector>

namespace wb {

// Class boundaries: `classes` - 1 inner breaks, ascending. A value v falls in class i when
// breaks[i-1] <= v < breaks[i] (class 0 below breaks[0], the last class at or above the last).
struct Classification {
    std::vector<double> breaks;
    double min = 0;
    double max = 0;
    int classCount() const { return static_cast<int>(breaks.size()) + 1; }
    int classOf(double value) const;
};

// Quantiles: about the same number of areas in every class. Missing values are ignored; equal
// breaks are merged, so a classification may have fewer classes than asked for.
Classification quantileClasses(const std::vector<std::optional<double>>& values, int classes);

}  // namespace wb
