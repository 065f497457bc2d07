#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <set>

#include "core/classification.h"

using namespace wb;

TEST(Classification, QuantilesSplitValuesIntoEqualGroups) {
    std::vector<std::optional<double>> values;
    for (int i = 1; i <= 100; ++i) values.push_back(i);
    values.push_back(std::nullopt);  // missing values are ignored
    const Classification c = quantileClasses(values, 4);
    ASSERT_EQ(c.classCount(), 4);
    EXPECT_EQ(c.breaks, (std::vector<double>{26, 51, 76}));
    EXPECT_EQ(c.classOf(1), 0);
    EXPECT_EQ(c.classOf(25.9), 0);
    EXPECT_EQ(c.classOf(26), 1);
    EXPECT_EQ(c.classOf(100), 3);
    EXPECT_EQ(c.min, 1);
    EXPECT_EQ(c.max, 100);
}

TEST(Classification, CollapsesEqualBreaks) {
    std::vector<std::optional<double>> values(10, 5.0);
    values.push_back(9.0);
    const Classification c = quantileClasses(values, 5);
    EXPECT_EQ(c.classCount(), 2);  // only "5" and "9" remain distinguishable
    EXPECT_EQ(c.classOf(5), 0);
    EXPECT_EQ(c.classOf(9), 1);
}

TEST(Classification, EmptyInputGivesOneClass) {
    const Classification c = quantileClasses({std::nullopt}, 5);
    EXPECT_EQ(c.classCount(), 1);
}

namespace {

std::vector<std::optional<double>> optionals(const std::vector<double>& values) {
    return {values.begin(), values.end()};
}

// Sum over classes of the squared distances of values to their class mean.
double withinClassSquares(const std::vector<double>& values, const Classification& c) {
    std::vector<double> sum(c.classCount(), 0), squares(c.classCount(), 0), count(c.classCount(), 0);
    for (double v : values) {
        const int k = c.classOf(v);
        sum[k] += v;
        squares[k] += v * v;
        count[k] += 1;
    }
    double total = 0;
    for (int k = 0; k < c.classCount(); ++k) {
        if (count[k] > 0) total += squares[k] - sum[k] * sum[k] / count[k];
    }
    return total;
}

// The least within-class squares of `values` over every way of cutting their sorted distinct values
// into `classes` runs, by trying them all: the reference for the dynamic programme on small inputs.
double bruteForceBest(const std::vector<double>& values, int classes) {
    std::vector<double> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const size_t n = distinct.size();
    double best = std::numeric_limits<double>::infinity();
    for (unsigned mask = 0; mask < (1u << (n - 1)); ++mask) {  // bit i: a break before distinct value i + 1
        if (__builtin_popcount(mask) != classes - 1) continue;
        Classification cut;
        for (size_t i = 0; i + 1 < n; ++i) {
            if (mask & (1u << i)) cut.breaks.push_back(distinct[i + 1]);
        }
        best = std::min(best, withinClassSquares(values, cut));
    }
    return best;
}

}  // namespace

TEST(Classification, EqualIntervalsSplitTheRangeEvenly) {
    const Classification c = equalIntervalClasses(optionals({0, 1, 2, 10}), 5);
    EXPECT_EQ(c.breaks, (std::vector<double>{2, 4, 6, 8}));
    EXPECT_EQ(c.classOf(1), 0);
    EXPECT_EQ(c.classOf(2), 1);   // a break belongs to the class above it
    EXPECT_EQ(c.classOf(10), 4);  // the maximum is in the last class
    EXPECT_EQ(classify(optionals({0, 1, 2, 10}), 5, ClassMethod::EqualIntervals).breaks, c.breaks);
    // Classes may be empty: with only the two ends there are still four equal steps.
    EXPECT_EQ(equalIntervalClasses(optionals({1, 2}), 4).breaks, (std::vector<double>{1.25, 1.5, 1.75}));
    EXPECT_EQ(equalIntervalClasses(optionals({3, 3, 3}), 4).classCount(), 1);
    EXPECT_EQ(equalIntervalClasses({std::nullopt, 7.0, std::nullopt}, 4).classCount(), 1);
    EXPECT_EQ(equalIntervalClasses({std::nullopt}, 4).classCount(), 1);
}

TEST(Classification, NaturalBreaksFindTheGroupsInTheData) {
    const auto values = optionals({1, 2, 3, 10, 11, 12, 20, 21, 22});
    const Classification c = naturalBreakClasses(values, 3);
    EXPECT_EQ(c.breaks, (std::vector<double>{10, 20}));
    EXPECT_EQ(c.min, 1);
    EXPECT_EQ(c.max, 22);
    EXPECT_EQ(classify(values, 3, ClassMethod::NaturalBreaks).breaks, c.breaks);
    // An outlier gets a class of its own rather than stretching the others.
    EXPECT_EQ(naturalBreakClasses(optionals({1, 2, 3, 4, 5, 6, 100}), 2).breaks, (std::vector<double>{100}));
}

TEST(Classification, NaturalBreaksKeepTiesTogetherAndHandleFewValues) {
    // Ties: equal values are never split between classes and count with their number (the four 1s
    // make a class of their own).
    EXPECT_EQ(naturalBreakClasses(optionals({1, 1, 1, 1, 3, 5, 5, 9}), 3).breaks, (std::vector<double>{3, 9}));
    // Fewer distinct values than classes: one class per distinct value.
    EXPECT_EQ(naturalBreakClasses(optionals({2, 1, 2, 1}), 5).breaks, (std::vector<double>{2}));
    EXPECT_EQ(naturalBreakClasses(optionals({4, 4, 4}), 5).classCount(), 1);
    EXPECT_EQ(naturalBreakClasses(optionals({4}), 5).classCount(), 1);
    EXPECT_EQ(naturalBreakClasses({std::nullopt, std::nullopt}, 5).classCount(), 1);
    const Classification missing = naturalBreakClasses({1.0, std::nullopt, 9.0, std::nan("")}, 3);
    EXPECT_EQ(missing.breaks, (std::vector<double>{9}));
    EXPECT_EQ(missing.max, 9);
}

TEST(Classification, NaturalBreaksAreOptimal) {
    std::mt19937 random(11);
    std::uniform_int_distribution<int> value(0, 60);
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<double> values(3 + trial % 10);  // with repeats: 61 possible values
        for (double& v : values) v = value(random) * 0.5;
        const auto distinctCount = static_cast<int>(std::set<double>(values.begin(), values.end()).size());
        for (int classes = 2; classes <= std::min(5, distinctCount); ++classes) {
            const Classification c = naturalBreakClasses(optionals(values), classes);
            ASSERT_EQ(c.classCount(), classes);
            EXPECT_NEAR(withinClassSquares(values, c), bruteForceBest(values, classes), 1e-9);
        }
    }
}

TEST(Classification, DivergingClassesAreSymmetricAboutTheMidpoint) {
    const auto change = optionals({-2, -1, 0, 1, 4});
    const Classification odd = divergingClasses(change, 5, 0.0);
    EXPECT_EQ(odd.midpoint, std::optional<double>(0.0));
    EXPECT_EQ(odd.breaks, (std::vector<double>{-2.4, -0.8, 0.8, 2.4}));  // reach 4 on both sides
    EXPECT_EQ(odd.classOf(0.0), 2);  // the middle class holds "no change"
    EXPECT_EQ(odd.classOf(-2.0), 1);
    EXPECT_EQ(odd.min, -2);
    EXPECT_EQ(odd.max, 4);
    const Classification even = divergingClasses(change, 4, 0.0);
    EXPECT_EQ(even.breaks, (std::vector<double>{-2, 0, 2}));  // the midpoint is the middle break
    // Around another midpoint, and with values on one side only: the other side stays.
    const Classification above = divergingClasses(optionals({101, 103}), 3, 100.0);
    EXPECT_EQ(above.breaks, (std::vector<double>{99, 101}));
    for (size_t i = 0; i < above.breaks.size(); ++i) {
        EXPECT_DOUBLE_EQ(above.breaks[i] - 100.0, 100.0 - above.breaks[above.breaks.size() - 1 - i]);
    }
    EXPECT_EQ(divergingClasses(optionals({5, 5}), 5, 5.0).classCount(), 1);
    EXPECT_EQ(divergingClasses({std::nullopt}, 5, 0.0).classCount(), 1);
}

TEST(Classification, AllMethodsOnFifteenThousandNeighbourhoods) {
    std::mt19937 random(3);
    std::lognormal_distribution<double> income(10.5, 0.4);
    std::vector<std::optional<double>> values(15000);
    for (auto& v : values) v = random() % 20 == 0 ? std::nullopt : std::optional<double>(income(random));
    for (ClassMethod method : {ClassMethod::Quantiles, ClassMethod::EqualIntervals, ClassMethod::NaturalBreaks}) {
        const auto started = std::chrono::steady_clock::now();
        const Classification c = classify(values, 9, method);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        EXPECT_EQ(c.classCount(), 9);
        EXPECT_TRUE(std::is_sorted(c.breaks.begin(), c.breaks.end()));
        std::printf("[ perf     ] 15000 values, 9 classes, method %d: %.2f ms\n", static_cast<int>(method), ms);
    }
}
