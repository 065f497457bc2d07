// Dividing indicator values into classes for a choropleth legend.
//
// Every method ignores missing (and non-finite) values and returns breaks that are strictly
// ascending, so no two breaks coincide. Quantiles and natural breaks also leave no class empty: with
// fewer distinct values than classes asked for, they give fewer classes.
#pragma once

#include <optional>
#include <vector>

namespace wb {

// Class boundaries: `classes` - 1 inner breaks, ascending. A value v falls in class i when
// breaks[i-1] <= v < breaks[i] (class 0 below breaks[0], the last class at or above the last).
struct Classification {
    std::vector<double> breaks;
    double min = 0;  // of the values classified
    double max = 0;
    // Set for a diverging classification: the value the classes are symmetric about, which the
    // legend should show with a diverging colour ramp (a neutral middle, two directions).
    std::optional<double> midpoint;

    int classCount() const { return static_cast<int>(breaks.size()) + 1; }
    int classOf(double value) const;
};

enum class ClassMethod {
    Quantiles,       // about the same number of areas in every class: the default, robust to outliers
    EqualIntervals,  // classes of equal width between the minimum and the maximum: easy to read
    NaturalBreaks,   // classes around the clusters in the data (optimal 1-D k-means, "Jenks")
};

Classification classify(const std::vector<std::optional<double>>& values, int classes, ClassMethod method);

// Quantiles: breaks at the values that split the sorted values into equal groups; equal breaks are
// merged (many equal values would otherwise leave classes empty).
Classification quantileClasses(const std::vector<std::optional<double>>& values, int classes);

// Equal intervals: breaks at min + i * (max - min) / classes. Classes may be empty (a gap in the
// data shows as a gap in the legend); all values equal give one class.
Classification equalIntervalClasses(const std::vector<std::optional<double>>& values, int classes);

// Natural breaks: the classes with the least total squared distance of values to their class mean
// (Ckmeans: dynamic programming over the sorted distinct values, with the divide-and-conquer speed-up,
// O(classes * n log n); Jenks' original O(classes * n^2) is too slow for 15 000 neighbourhoods). Each
// break is the smallest value of the class above it.
Classification naturalBreakClasses(const std::vector<std::optional<double>>& values, int classes);

// Diverging: classes of equal width symmetric about `midpoint` (e.g. 0 for the change since the last
// report), reaching as far as the value furthest from it on either side, so equal colour steps mean
// equal distances up or down. An odd count has a middle class around the midpoint, an even count
// has the midpoint as its middle break. Classes on the side without values stay (empty), so a colour
// always means the same direction. Sets `midpoint`.
Classification divergingClasses(const std::vector<std::optional<double>>& values, int classes, double midpoint);

}  // namespace wb
