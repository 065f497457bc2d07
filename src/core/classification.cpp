#include "core/classification.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb {
namespace {

// The present, finite values in ascending order.
std::vector<double> sortedValues(const std::vector<std::optional<double>>& values) {
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (const auto& v : values) {
        if (v && std::isfinite(*v)) sorted.push_back(*v);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// A classification of `sorted` without breaks yet (min and max set), or nothing to classify.
std::optional<Classification> startClassification(const std::vector<double>& sorted, int classes) {
    if (sorted.empty() || classes < 1) return std::nullopt;
    Classification out;
    out.min = sorted.front();
    out.max = sorted.back();
    return out;
}

// Adds `b` when it is above the previous break (or the minimum): breaks stay strictly ascending
// even where rounding makes two computed breaks equal.
void addBreak(Classification& out, double b) {
    const double previous = out.breaks.empty() ? out.min : out.breaks.back();
    if (b > previous && b <= out.max) out.breaks.push_back(b);
}

// Optimal 1-D k-means over sorted distinct values with weights (how often each occurs). Working on
// distinct values keeps equal values in one class and makes ties cheap.
class KMeans1D {
public:
    KMeans1D(std::vector<double> x, std::vector<double> w) : x_(std::move(x)) {
        // Sums of values shifted by the median, so the squared sums do not lose the spread of
        // large values (e.g. incomes around 40 000) to rounding.
        const double shift = x_[x_.size() / 2];
        const size_t n = x_.size();
        weight_.assign(n + 1, 0.0);
        sum_.assign(n + 1, 0.0);
        sumSquares_.assign(n + 1, 0.0);
        for (size_t i = 0; i < n; ++i) {
            const double d = x_[i] - shift;
            weight_[i + 1] = weight_[i] + w[i];
            sum_[i + 1] = sum_[i] + w[i] * d;
            sumSquares_[i + 1] = sumSquares_[i] + w[i] * d * d;
        }
    }

    // The index of the first value of each class after the first, for `k` <= number of values classes.
    std::vector<size_t> classStarts(size_t k) {
        const size_t n = x_.size();
        // cost_[i]: least cost of the values 0..i in the classes so far; start_[q][i]: where the
        // last of q + 1 classes over 0..i starts.
        std::vector<double> previous(n), current(n);
        start_.assign(k, std::vector<size_t>(n, 0));
        for (size_t i = 0; i < n; ++i) previous[i] = cost(0, i);
        for (size_t q = 1; q < k; ++q) {
            std::fill(current.begin(), current.end(), std::numeric_limits<double>::infinity());
            fillRow(q, q, n - 1, q, n - 1, previous, current);
            std::swap(previous, current);
        }
        std::vector<size_t> starts(k - 1);
        size_t last = n - 1;
        for (size_t q = k - 1; q >= 1; --q) {
            starts[q - 1] = start_[q][last];
            last = starts[q - 1] - 1;
        }
        return starts;
    }

    double value(size_t i) const { return x_[i]; }

private:
    // Sum of squared distances to their mean of the values j..i.
    double cost(size_t j, size_t i) const {
        const double w = weight_[i + 1] - weight_[j];
        const double s = sum_[i + 1] - sum_[j];
        return std::max(0.0, sumSquares_[i + 1] - sumSquares_[j] - s * s / w);
    }

    // Row q of the table for i in [iLo, iHi], knowing the best start lies in [jLo, jHi]. The best
    // start never moves left as i grows, so after solving the middle i, the left half searches
    // only up to its start and the right half only from it: O(n log n) per row instead of O(n^2).
    void fillRow(size_t q, size_t iLo, size_t iHi, size_t jLo, size_t jHi, const std::vector<double>& previous,
                 std::vector<double>& current) {
        if (iLo > iHi) return;
        const size_t i = iLo + (iHi - iLo) / 2;
        size_t best = std::max(jLo, q);
        double bestCost = std::numeric_limits<double>::infinity();
        for (size_t j = std::max(jLo, q); j <= std::min(jHi, i); ++j) {
            const double c = previous[j - 1] + cost(j, i);
            if (c < bestCost) {  // strict: the leftmost best start, which is the monotone one
                bestCost = c;
                best = j;
            }
        }
        current[i] = bestCost;
        start_[q][i] = best;
        if (i > iLo) fillRow(q, iLo, i - 1, jLo, best, previous, current);
        fillRow(q, i + 1, iHi, best, jHi, previous, current);
    }

    std::vector<double> x_;
    std::vector<double> weight_, sum_, sumSquares_;  // prefix sums: [i] covers values 0..i-1
    std::vector<std::vector<size_t>> start_;
};

}  // namespace

int Classification::classOf(double value) const {
    return static_cast<int>(std::upper_bound(breaks.begin(), breaks.end(), value) - breaks.begin());
}

Classification classify(const std::vector<std::optional<double>>& values, int classes, ClassMethod method) {
    switch (method) {
        case ClassMethod::EqualIntervals: return equalIntervalClasses(values, classes);
        case ClassMethod::NaturalBreaks: return naturalBreakClasses(values, classes);
        case ClassMethod::Quantiles: break;
    }
    return quantileClasses(values, classes);
}

Classification quantileClasses(const std::vector<std::optional<double>>& values, int classes) {
    const std::vector<double> sorted = sortedValues(values);
    auto out = startClassification(sorted, classes);
    if (!out) return {};
    for (int i = 1; i < classes; ++i) {
        const size_t at = sorted.size() * static_cast<size_t>(i) / static_cast<size_t>(classes);
        double b = sorted[std::min(at, sorted.size() - 1)];
        // Many equal values (a break equal to the minimum or to the previous break) would leave a
        // class empty: move the break up to the next distinct value, or drop it if there is none.
        const double previous = out->breaks.empty() ? out->min : out->breaks.back();
        if (b <= previous) {
            const auto next = std::upper_bound(sorted.begin(), sorted.end(), previous);
            if (next == sorted.end()) break;
            b = *next;
        }
        addBreak(*out, b);
    }
    return *out;
}

Classification equalIntervalClasses(const std::vector<std::optional<double>>& values, int classes) {
    auto out = startClassification(sortedValues(values), classes);
    if (!out) return {};
    const double width = out->max - out->min;
    // Each break from the minimum directly (not by adding widths), so rounding does not accumulate.
    for (int i = 1; i < classes; ++i) addBreak(*out, out->min + width * i / classes);
    return *out;
}

Classification naturalBreakClasses(const std::vector<std::optional<double>>& values, int classes) {
    const std::vector<double> sorted = sortedValues(values);
    auto out = startClassification(sorted, classes);
    if (!out) return {};
    std::vector<double> distinct, weight;
    for (double v : sorted) {
        if (distinct.empty() || v != distinct.back()) {
            distinct.push_back(v);
            weight.push_back(0.0);
        }
        weight.back() += 1.0;
    }
    const size_t k = std::min(static_cast<size_t>(classes), distinct.size());
    if (k < 2) return *out;
    KMeans1D kmeans(std::move(distinct), std::move(weight));
    for (size_t start : kmeans.classStarts(k)) addBreak(*out, kmeans.value(start));
    return *out;
}

Classification divergingClasses(const std::vector<std::optional<double>>& values, int classes, double midpoint) {
    auto out = startClassification(sortedValues(values), classes);
    if (!out) return {};
    out->midpoint = midpoint;
    const double reach = std::max(std::abs(out->max - midpoint), std::abs(out->min - midpoint));
    if (!(reach > 0.0)) return *out;  // every value is the midpoint: one neutral class
    // Break i at midpoint + reach * (2i - classes) / classes: breaks i and classes - i mirror each
    // other exactly, and an even count puts its middle break exactly on the midpoint.
    for (int i = 1; i < classes; ++i) out->breaks.push_back(midpoint + reach * (2 * i - classes) / classes);
    return *out;
}

}  // namespace wb
